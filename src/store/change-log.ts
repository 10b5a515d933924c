import { type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { changedFields } from '../analysis/changed-fields.ts';
import { countryNames } from '../domain/countries.ts';
import type { LocalizedText } from '../domain/lang.ts';
import type { Policy } from '../domain/policy.ts';
import type { RevisionAction } from './revisions.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

/** Which changes to list: all, or those of one country, one policy category, or one record. */
export interface ChangeFilter {
  country?: string;
  category?: string;
  entityType?: string;
  entityId?: string;
}

/** One revision as the change log shows it: who changed what, when and why. */
export interface ChangeEntry {
  revisionId: number;
  entityType: string;
  entityId: string;
  version: number;
  action: RevisionAction;
  author: string;
  reason: string;
  createdAt: string;
  /** The record's title (policies), name (facilities, countries) or document title, after the change. */
  title: LocalizedText | undefined;
  changedFields: string[];
}

type Obj = Record<string, unknown>;

function titleOf(entityType: string, entityId: string, data: Obj | null): LocalizedText | undefined {
  if (entityType === 'country') return countryNames(entityId);
  if (!data) return undefined;
  if (entityType === 'policy') return data.title as LocalizedText | undefined;
  if (entityType === 'facility') return data.name as LocalizedText | undefined;
  const meta = data.meta as { title?: string } | undefined;
  return meta?.title ? { en: meta.title } : undefined;
}

type EB = ExpressionBuilder<Database, 'revisions'>;

function matches(filter: ChangeFilter, eb: EB): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.entityType) conditions.push(eb('entity_type', '=', filter.entityType));
  if (filter.entityId) conditions.push(eb('entity_id', '=', filter.entityId));
  if (filter.category) {
    conditions.push(eb.and([eb('entity_type', '=', 'policy'), eb('entity_id', 'in', eb.selectFrom('policies').select('policies.id').where('category', '=', filter.category))]));
  }
  if (filter.country) {
    const code = filter.country;
    conditions.push(
      eb.or([
        eb.and([eb('entity_type', '=', 'policy'), eb('entity_id', 'in', eb.selectFrom('policies').select('policies.id').where('country', '=', code))]),
        eb.and([eb('entity_type', '=', 'facility'), eb('entity_id', 'in', eb.selectFrom('facility_countries').select('facility_id').where('country', '=', code))]),
        eb.and([eb('entity_type', '=', 'country'), eb('entity_id', '=', code)]),
      ]),
    );
  }
  return eb.and(conditions);
}

/** The newest changes matching the filter, newest first, at most `limit`. */
export async function listChanges(store: Store, filter: ChangeFilter, limit: number): Promise<ChangeEntry[]> {
  const rows = await store.db
    .selectFrom('revisions')
    .selectAll()
    .where((eb) => matches(filter, eb))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const before = r.before === null ? null : (JSON.parse(r.before) as Obj);
    const after = r.after === null ? null : (JSON.parse(r.after) as Obj);
    return {
      revisionId: r.id,
      entityType: r.entity_type,
      entityId: r.entity_id,
      version: r.version,
      action: r.action as RevisionAction,
      author: r.author,
      reason: r.reason,
      createdAt: r.created_at,
      title: titleOf(r.entity_type, r.entity_id, after ?? before),
      changedFields: changedFields(before, after),
    };
  });
}

/** Changes per calendar month (YYYY-MM) of every revision, oldest first: the activity trend. */
export async function changesPerMonth(store: Store): Promise<{ month: string; count: number }[]> {
  const rows = await store.db.selectFrom('revisions').select('created_at').execute();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.created_at.slice(0, 7), (counts.get(r.created_at.slice(0, 7)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count }));
}

/** Every policy revision, oldest first, with the record as it was after it (null for deletions). */
export async function policyRevisionHistory(store: Store): Promise<{ createdAt: string; entityId: string; after: Policy | null }[]> {
  const rows = await store.db
    .selectFrom('revisions')
    .select(['entity_id', 'created_at', 'after'])
    .where('entity_type', '=', 'policy')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ createdAt: r.created_at, entityId: r.entity_id, after: r.after === null ? null : (JSON.parse(r.after) as Policy) }));
}

/**
 * A stamp that changes whenever the data does: every write appends a revision, so the newest revision
 * id and the count move together. Pages that compute over the whole dataset cache on it.
 */
export async function revisionStamp(store: Store): Promise<string> {
  const row = await store.db
    .selectFrom('revisions')
    .select((eb) => [eb.fn.max('id').as('last'), eb.fn.countAll().as('n')])
    .executeTakeFirst();
  return `${String(row?.last ?? 0)}:${String(row?.n ?? 0)}`;
}

/** Caches one value per store and stamp: recomputed only after a write. */
export function stampedCache<T>(compute: (store: Store) => Promise<T>): (store: Store) => Promise<T> {
  const cache = new WeakMap<object, { stamp: string; value: Promise<T> }>();
  return async (store) => {
    const stamp = await revisionStamp(store);
    const hit = cache.get(store.db);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = compute(store);
    cache.set(store.db, { stamp, value });
    value.catch(() => cache.delete(store.db));
    return value;
  };
}
