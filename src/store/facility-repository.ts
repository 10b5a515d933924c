import { isDeepStrictEqual } from 'node:util';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Facility } from '../domain/facility.ts';
import {
  FACILITY_FILTER_KEYS,
  type FacilityFilter,
  type FacilityFilterKey,
} from '../domain/facility-query.ts';
import { LANGS } from '../domain/lang.ts';
import { normalizeForSearch } from '../search/normalize.ts';
import type { StoreDialect } from './dialect.ts';
import type { FacilitiesTable } from './facility-tables.ts';
import {
  appendDeletion,
  appendRevision,
  latestRevisionVersion,
  listRevisions,
  type Revision,
  type WriteMeta,
} from './revisions.ts';
import type { Database } from './schema.ts';

export interface StoredFacility {
  facility: Facility;
  version: number;
  updatedAt: string;
}

export type FacilityFacetCounts = Record<FacilityFilterKey, { value: string; count: number }[]>;

const COLUMNS: Record<
  Exclude<FacilityFilterKey, 'country'>,
  'region' | 'status' | 'type' | 'sector' | 'fate'
> = {
  region: 'region',
  status: 'status',
  type: 'type',
  sector: 'sector',
  fate: 'fate',
};

function searchText(f: Facility): string {
  const parts: string[] = [f.id, f.hub ?? '', f.operator ?? '', ...f.partners, ...f.countries];
  for (const lang of LANGS) parts.push(f.name[lang] ?? '');
  return normalizeForSearch(parts.join(' \n '));
}

function toRow(f: Facility, version: number, createdAt: string, updatedAt: string): FacilitiesTable {
  return {
    id: f.id,
    status: f.status,
    type: f.type,
    sector: f.sector ?? null,
    fate: f.fate ?? null,
    region: f.region ?? null,
    source_dataset: f.source?.dataset ?? null,
    name_zh: f.name.zh ?? null,
    name_en: f.name.en ?? null,
    name_ja: f.name.ja ?? null,
    search_text: searchText(f),
    data: JSON.stringify(f),
    version,
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

type EB = ExpressionBuilder<Database, 'facilities'>;

/** Facility records: filtered reads and counted facets; every write leaves a revision. */
export class FacilityRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  private where(filter: FacilityFilter, eb: EB, except?: FacilityFilterKey): Expression<SqlBool> {
    const conditions: Expression<SqlBool>[] = [];
    for (const key of FACILITY_FILTER_KEYS) {
      const values = filter[key];
      if (key === except || values.length === 0) continue;
      if (key === 'country') {
        conditions.push(
          eb(
            'id',
            'in',
            eb.selectFrom('facility_countries').select('facility_id').where('country', 'in', values),
          ),
        );
      } else conditions.push(eb(COLUMNS[key], 'in', values));
    }
    for (const term of normalizeForSearch(filter.q).split(' ').filter(Boolean)) {
      conditions.push(this.dialect.contains('search_text', term));
    }
    return eb.and(conditions);
  }

  async get(id: string): Promise<StoredFacility | undefined> {
    const row = await this.db
      .selectFrom('facilities')
      .select(['data', 'version', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row
      ? { facility: JSON.parse(row.data) as Facility, version: row.version, updatedAt: row.updated_at }
      : undefined;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('facilities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Every facility matching the filter, in id order. Sorting and paging are the caller's (they use the capacity rule). */
  async matching(filter: FacilityFilter): Promise<Facility[]> {
    const rows = await this.db
      .selectFrom('facilities')
      .select('data')
      .where((eb) => this.where(filter, eb))
      .orderBy('id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Facility);
  }

  /** Ids of the facilities that came from one source dataset. */
  async idsFromDataset(dataset: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('facilities')
      .select('id')
      .where('source_dataset', '=', dataset)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  }

  /** Counts per facet value; each facet is counted under every filter but its own. */
  async facetCounts(filter: FacilityFilter): Promise<FacilityFacetCounts> {
    const counts = {} as FacilityFacetCounts;
    for (const key of FACILITY_FILTER_KEYS) {
      if (key === 'country') {
        const rows = await this.db
          .selectFrom('facility_countries')
          .select(['country as value', (eb) => eb.fn.countAll<number>().as('n')])
          .where('facility_id', 'in', (eb) =>
            eb
              .selectFrom('facilities')
              .select('id')
              .where((inner) => this.where(filter, inner as unknown as EB, key)),
          )
          .groupBy('country')
          .execute();
        counts.country = rows.map((r) => ({ value: r.value, count: Number(r.n) }));
        continue;
      }
      const column = COLUMNS[key];
      const rows = await this.db
        .selectFrom('facilities')
        .select([sql<string>`${sql.ref(column)}`.as('value'), (eb) => eb.fn.countAll<number>().as('n')])
        .where((eb) => this.where(filter, eb, key))
        .where(column, 'is not', null)
        .groupBy(column)
        .execute();
      counts[key] = rows.map((r) => ({ value: String(r.value), count: Number(r.n) }));
    }
    return counts;
  }

  /** Every stored facility of the given ids, by id (one query; for imports). */
  async getMany(ids: readonly string[]): Promise<Map<string, StoredFacility>> {
    const found = new Map<string, StoredFacility>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db
        .selectFrom('facilities')
        .select(['id', 'data', 'version', 'updated_at'])
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const r of rows)
        found.set(r.id, {
          facility: JSON.parse(r.data) as Facility,
          version: r.version,
          updatedAt: r.updated_at,
        });
    }
    return found;
  }

  /**
   * Creates or replaces a facility and records the revision; saving an identical record changes nothing.
   * `known` is the stored record when the caller already read it (null: known to be absent).
   */
  async save(
    facility: Facility,
    meta: WriteMeta,
    known?: StoredFacility | null,
  ): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; before?: Facility }> {
    const at = meta.at ?? new Date().toISOString();
    const current = known === undefined ? await this.get(facility.id) : (known ?? undefined);
    const plain = JSON.parse(JSON.stringify(facility)) as Facility;
    if (current && isDeepStrictEqual(current.facility, plain))
      return { outcome: 'unchanged', before: current.facility };
    const version = (current?.version ?? (await latestRevisionVersion(this.db, 'facility', facility.id))) + 1;
    const row = toRow(plain, version, current ? '' : at, at);
    if (current) {
      const { created_at: _c, id: _id, ...changes } = row;
      await this.db.updateTable('facilities').set(changes).where('id', '=', facility.id).execute();
      await this.db.deleteFrom('facility_countries').where('facility_id', '=', facility.id).execute();
    } else {
      await this.db.insertInto('facilities').values(row).execute();
    }
    if (plain.countries.length > 0) {
      await this.db
        .insertInto('facility_countries')
        .values(plain.countries.map((country) => ({ facility_id: plain.id, country })))
        .execute();
    }
    await appendRevision(this.db, {
      entityType: 'facility',
      entityId: facility.id,
      version,
      action: current ? 'update' : 'create',
      author: meta.author,
      reason: meta.reason,
      createdAt: at,
      before: current?.facility ?? null,
      after: plain,
    });
    return { outcome: current ? 'updated' : 'created', before: current?.facility };
  }

  /**
   * Creates facilities known to be absent (an import checked with `getMany`), in multi-row inserts, each
   * with its create revision. Much faster than one `save` per record for a whole dataset.
   */
  async createMany(facilities: readonly Facility[], meta: WriteMeta): Promise<void> {
    const at = meta.at ?? new Date().toISOString();
    const plain = facilities.map((f) => JSON.parse(JSON.stringify(f)) as Facility);
    const versions = await this.lastRevisionVersions(plain.map((f) => f.id));
    for (let i = 0; i < plain.length; i += 100) {
      const chunk = plain.slice(i, i + 100);
      await this.db
        .insertInto('facilities')
        .values(chunk.map((f) => toRow(f, (versions.get(f.id) ?? 0) + 1, at, at)))
        .execute();
      const countries = chunk.flatMap((f) => f.countries.map((country) => ({ facility_id: f.id, country })));
      if (countries.length > 0) await this.db.insertInto('facility_countries').values(countries).execute();
      await this.db
        .insertInto('revisions')
        .values(
          chunk.map((f) => ({
            entity_type: 'facility',
            entity_id: f.id,
            version: (versions.get(f.id) ?? 0) + 1,
            action: 'create',
            author: meta.author,
            reason: meta.reason,
            created_at: at,
            before: null,
            after: JSON.stringify(f),
          })),
        )
        .execute();
    }
  }

  /** The last revision version of each id that has one (a deleted facility keeps its history). */
  private async lastRevisionVersions(ids: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db
        .selectFrom('revisions')
        .select(['entity_id', (eb) => eb.fn.max<number>('version').as('v')])
        .where('entity_type', '=', 'facility')
        .where('entity_id', 'in', ids.slice(i, i + 500))
        .groupBy('entity_id')
        .execute();
      for (const r of rows) found.set(r.entity_id, Number(r.v));
    }
    return found;
  }

  /** Deletes a facility; the deletion is a revision that keeps the last content. */
  async delete(id: string, meta: WriteMeta): Promise<boolean> {
    const current = await this.get(id);
    if (!current) return false;
    await this.db.deleteFrom('facility_countries').where('facility_id', '=', id).execute();
    await this.db.deleteFrom('facilities').where('id', '=', id).execute();
    await appendDeletion(
      this.db,
      'facility',
      id,
      { version: current.version, content: current.facility },
      meta,
    );
    return true;
  }

  history(id: string): Promise<Revision<Facility>[]> {
    return listRevisions<Facility>(this.db, 'facility', id);
  }
}
