import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export type DraftStatus = 'pending' | 'approved' | 'rejected';

/** A proposed new version of a record (or its deletion, when `data` is null), based on `baseVersion`. */
export interface Draft<T = unknown> {
  id: string;
  entityType: string;
  entityId: string;
  baseVersion: number;
  authorId: string;
  authorName: string;
  reason: string;
  data: T | null;
  status: DraftStatus;
  reviewerId: string | null;
  reviewerName: string | null;
  reviewComment: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** Drafts waiting for review and the decisions taken on them. */
export class DraftRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private select() {
    return this.db
      .selectFrom('drafts')
      .innerJoin('users as author', 'author.id', 'drafts.author_id')
      .leftJoin('users as reviewer', 'reviewer.id', 'drafts.reviewer_id')
      .selectAll('drafts')
      .select(['author.name as author_name', 'reviewer.name as reviewer_name']);
  }

  private static toDraft<T>(row: Record<string, unknown>): Draft<T> {
    return {
      id: row.id as string,
      entityType: row.entity_type as string,
      entityId: row.entity_id as string,
      baseVersion: Number(row.base_version),
      authorId: row.author_id as string,
      authorName: row.author_name as string,
      reason: row.reason as string,
      data: row.data === null ? null : (JSON.parse(row.data as string) as T),
      status: row.status as DraftStatus,
      reviewerId: (row.reviewer_id as string | null) ?? null,
      reviewerName: (row.reviewer_name as string | null) ?? null,
      reviewComment: (row.review_comment as string | null) ?? null,
      createdAt: row.created_at as string,
      decidedAt: (row.decided_at as string | null) ?? null,
    };
  }

  async create<T>(input: {
    entityType: string;
    entityId: string;
    baseVersion: number;
    authorId: string;
    reason: string;
    data: T | null;
  }): Promise<string> {
    const id = randomUUID();
    await this.db
      .insertInto('drafts')
      .values({
        id,
        entity_type: input.entityType,
        entity_id: input.entityId,
        base_version: input.baseVersion,
        author_id: input.authorId,
        reason: input.reason,
        data: input.data === null ? null : JSON.stringify(input.data),
        status: 'pending',
        reviewer_id: null,
        review_comment: null,
        created_at: new Date().toISOString(),
        decided_at: null,
      })
      .execute();
    return id;
  }

  async get<T>(id: string): Promise<Draft<T> | undefined> {
    const row = await this.select().where('drafts.id', '=', id).executeTakeFirst();
    return row ? DraftRepository.toDraft<T>(row) : undefined;
  }

  async list<T>(
    filter: { status?: DraftStatus; entityType?: string; entityId?: string } = {},
  ): Promise<Draft<T>[]> {
    let query = this.select();
    if (filter.status) query = query.where('drafts.status', '=', filter.status);
    if (filter.entityType) query = query.where('drafts.entity_type', '=', filter.entityType);
    if (filter.entityId) query = query.where('drafts.entity_id', '=', filter.entityId);
    const rows = await query.orderBy('drafts.created_at', 'asc').execute();
    return rows.map((r) => DraftRepository.toDraft<T>(r));
  }

  /** Records a decision; false when the draft was already decided (by another reviewer or process). */
  async decide(
    id: string,
    decision: { status: 'approved' | 'rejected'; reviewerId: string; comment: string },
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('drafts')
      .set({
        status: decision.status,
        reviewer_id: decision.reviewerId,
        review_comment: decision.comment || null,
        decided_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
