import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Who made a write and why; stamped on its revision. */
export interface WriteMeta {
  author: string;
  reason: string;
  /** ISO timestamp; defaults to now. */
  at?: string;
}

export type RevisionAction = 'create' | 'update' | 'delete';

export interface Revision<T = unknown> {
  id: number;
  entityType: string;
  entityId: string;
  version: number;
  action: RevisionAction;
  author: string;
  reason: string;
  createdAt: string;
  before: T | null;
  after: T | null;
}

export async function appendRevision(db: Kysely<Database>, entry: Omit<Revision, 'id'>): Promise<void> {
  await db
    .insertInto('revisions')
    .values({
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      version: entry.version,
      action: entry.action,
      author: entry.author,
      reason: entry.reason,
      created_at: entry.createdAt,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/** Records that a record was deleted: the next version after `last`, keeping its last content. */
export function appendDeletion(
  db: Kysely<Database>,
  entityType: string,
  entityId: string,
  last: { version: number; content: unknown },
  meta: WriteMeta,
): Promise<void> {
  return appendRevision(db, {
    entityType,
    entityId,
    version: last.version + 1,
    action: 'delete',
    author: meta.author,
    reason: meta.reason,
    createdAt: meta.at ?? new Date().toISOString(),
    before: last.content,
    after: null,
  });
}

export async function listRevisions<T>(
  db: Kysely<Database>,
  entityType: string,
  entityId: string,
): Promise<Revision<T>[]> {
  const rows = await db
    .selectFrom('revisions')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    entityType: r.entity_type,
    entityId: r.entity_id,
    version: r.version,
    action: r.action as RevisionAction,
    author: r.author,
    reason: r.reason,
    createdAt: r.created_at,
    before: r.before === null ? null : (JSON.parse(r.before) as T),
    after: r.after === null ? null : (JSON.parse(r.after) as T),
  }));
}

/** The version of a record's latest revision (0 when it never existed); a deleted record keeps counting. */
export async function latestRevisionVersion(
  db: Kysely<Database>,
  entityType: string,
  entityId: string,
): Promise<number> {
  const row = await db
    .selectFrom('revisions')
    .select((eb) => eb.fn.max<number>('version').as('v'))
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}
