import { isDeepStrictEqual } from 'node:util';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import { LANGS, type Lang } from '../domain/lang.ts';
import type { Policy } from '../domain/policy.ts';
import { POLICY_FILTER_KEYS, type PolicyFilterKey, type PolicyQuery } from '../domain/policy-query.ts';
import { normalizeForSearch } from '../search/normalize.ts';
import { POLICY_FACETS } from '../search/facets/index.ts';
import {
  appendDeletion,
  appendRevision,
  latestRevisionVersion,
  listRevisions,
  type Revision,
  type WriteMeta,
} from './revisions.ts';
import type { StoreDialect } from './dialect.ts';
import type { Database, PoliciesTable } from './schema.ts';

export interface StoredPolicy {
  policy: Policy;
  version: number;
  updatedAt: string;
}

export interface PolicyListResult {
  items: StoredPolicy[];
  total: number;
  /** Counts per facet value; each facet is counted under every filter but its own. */
  facetCounts: Record<PolicyFilterKey, { value: string; count: number }[]>;
}

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

export class VersionConflictError extends Error {
  constructor(
    readonly id: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`policy ${id} is at version ${actual}, not ${expected}: someone else changed it`);
    this.name = 'VersionConflictError';
  }
}

const FILTER_COLUMNS: Record<PolicyFilterKey, keyof PoliciesTable> = {
  country: 'country',
  year: 'year',
  status: 'status',
  category: 'category',
  legalWeight: 'legal_weight',
  reviewStatus: 'review_status',
};

/** The searchable text of a policy: ids, titles, descriptions, tags and sources in every language. */
function searchText(p: Policy): string {
  const parts: string[] = [p.id, p.source ?? ''];
  for (const lang of LANGS) {
    parts.push(p.title[lang] ?? '', p.description?.[lang] ?? '', ...(p.tags[lang] ?? []));
  }
  return normalizeForSearch(parts.join(' \n '));
}

function toRow(p: Policy, version: number, createdAt: string, updatedAt: string): PoliciesTable {
  return {
    id: p.id,
    country: p.country,
    year: p.year ?? null,
    status: p.status,
    category: p.category,
    legal_weight: p.legalWeight ?? null,
    scope: p.scope ?? null,
    review_status: p.reviewStatus,
    pub_date: p.pubDate ?? null,
    title_zh: p.title.zh ?? null,
    title_en: p.title.en ?? null,
    title_ja: p.title.ja ?? null,
    search_text: searchText(p),
    data: JSON.stringify(p),
    version,
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

const fromRow = (row: Pick<PoliciesTable, 'data' | 'version' | 'updated_at'>): StoredPolicy => ({
  policy: JSON.parse(row.data) as Policy,
  version: row.version,
  updatedAt: row.updated_at,
});

type EB = ExpressionBuilder<Database, 'policies'>;

function whereFor(
  dialect: StoreDialect,
  query: PolicyQuery,
  eb: EB,
  except?: PolicyFilterKey,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  for (const key of POLICY_FILTER_KEYS) {
    const values = query[key];
    if (key === except || values.length === 0) continue;
    const column = FILTER_COLUMNS[key];
    conditions.push(
      key === 'year' ? eb('year', 'in', values.map(Number)) : eb(column as 'country', 'in', values),
    );
  }
  for (const term of normalizeForSearch(query.q).split(' ').filter(Boolean)) {
    conditions.push(dialect.contains('search_text', term));
  }
  return eb.and(conditions);
}

/** Policy records: reads with filters and facets, writes that always leave a revision. */
export class PolicyRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async get(id: string): Promise<StoredPolicy | undefined> {
    const row = await this.db
      .selectFrom('policies')
      .select(['data', 'version', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('policies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async list(query: PolicyQuery, lang: Lang = 'en'): Promise<PolicyListResult> {
    const titleOrder = sql`coalesce(${sql.ref(`title_${lang}`)}, title_en, title_zh, title_ja)`;
    let select = this.db
      .selectFrom('policies')
      .select(['data', 'version', 'updated_at'])
      .where((eb) => whereFor(this.dialect, query, eb));
    if (query.sort === 'year') select = select.orderBy('year', 'asc');
    if (query.sort === '-year') select = select.orderBy(sql`year is null`).orderBy('year', 'desc');
    if (query.sort === 'country') select = select.orderBy('country');
    if (query.sort === '-updated') select = select.orderBy('updated_at', 'desc');
    const rows = await select
      .orderBy(titleOrder)
      .orderBy('id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute();
    const totalRow = await this.db
      .selectFrom('policies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => whereFor(this.dialect, query, eb))
      .executeTakeFirst();
    const facetCounts = {} as PolicyListResult['facetCounts'];
    for (const facet of POLICY_FACETS) {
      const counted = await this.db
        .selectFrom('policies')
        .select([
          sql<string>`cast(${sql.ref(facet.column)} as text)`.as('value'),
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .where((eb) => whereFor(this.dialect, query, eb, facet.key))
        .where(facet.column, 'is not', null)
        .groupBy(facet.column)
        .execute();
      facetCounts[facet.key] = counted.map((r) => ({ value: String(r.value), count: Number(r.n) }));
    }
    return { items: rows.map(fromRow), total: Number(totalRow?.n ?? 0), facetCounts };
  }

  /**
   * Creates or replaces a policy and records the revision. Saving an identical record changes nothing.
   * With `expectedVersion`, a record changed by someone else since is refused (VersionConflictError).
   */
  async save(
    policy: Policy,
    meta: WriteMeta,
    expectedVersion?: number,
  ): Promise<{ outcome: SaveOutcome; version: number }> {
    const at = meta.at ?? new Date().toISOString();
    const current = await this.get(policy.id);
    if (expectedVersion !== undefined && (current?.version ?? 0) !== expectedVersion) {
      throw new VersionConflictError(policy.id, expectedVersion, current?.version ?? 0);
    }
    if (current && isDeepStrictEqual(current.policy, JSON.parse(JSON.stringify(policy)))) {
      return { outcome: 'unchanged', version: current.version };
    }
    const version = (current?.version ?? (await latestRevisionVersion(this.db, 'policy', policy.id))) + 1;
    if (current) {
      const row = toRow(policy, version, '', at);
      const { created_at: _c, id: _id, ...changes } = row;
      const result = await this.db
        .updateTable('policies')
        .set(changes)
        .where('id', '=', policy.id)
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new VersionConflictError(policy.id, current.version, -1);
    } else {
      await this.db
        .insertInto('policies')
        .values(toRow(policy, version, at, at))
        .execute();
    }
    await appendRevision(this.db, {
      entityType: 'policy',
      entityId: policy.id,
      version,
      action: current ? 'update' : 'create',
      author: meta.author,
      reason: meta.reason,
      createdAt: at,
      before: current?.policy ?? null,
      after: policy,
    });
    return { outcome: current ? 'updated' : 'created', version };
  }

  /** Deletes a policy; the deletion is a revision that keeps the last content. */
  async delete(id: string, meta: WriteMeta): Promise<boolean> {
    const current = await this.get(id);
    if (!current) return false;
    await this.db.deleteFrom('policies').where('id', '=', id).execute();
    await appendDeletion(this.db, 'policy', id, { version: current.version, content: current.policy }, meta);
    return true;
  }

  history(id: string): Promise<Revision<Policy>[]> {
    return listRevisions<Policy>(this.db, 'policy', id);
  }
}
