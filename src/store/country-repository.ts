import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { CountryProfile } from '../domain/country-profile.ts';
import { appendRevision, type WriteMeta } from './revisions.ts';
import type { Database } from './schema.ts';

/** Country profiles by ISO code; every write leaves a revision. */
export class CountryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(code: string): Promise<CountryProfile | undefined> {
    const row = await this.db
      .selectFrom('country_profiles')
      .select('data')
      .where('code', '=', code)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as CountryProfile) : undefined;
  }

  async list(): Promise<CountryProfile[]> {
    const rows = await this.db.selectFrom('country_profiles').select('data').orderBy('code').execute();
    return rows.map((r) => JSON.parse(r.data) as CountryProfile);
  }

  async save(profile: CountryProfile, meta: WriteMeta): Promise<'created' | 'updated' | 'unchanged'> {
    const at = meta.at ?? new Date().toISOString();
    const plain = JSON.parse(JSON.stringify(profile)) as CountryProfile;
    const row = await this.db
      .selectFrom('country_profiles')
      .select(['data', 'version'])
      .where('code', '=', profile.code)
      .executeTakeFirst();
    const before = row ? (JSON.parse(row.data) as CountryProfile) : undefined;
    if (before && isDeepStrictEqual(before, plain)) return 'unchanged';
    const version = (row?.version ?? 0) + 1;
    if (row) {
      await this.db
        .updateTable('country_profiles')
        .set({ data: JSON.stringify(plain), region: plain.region ?? null, version, updated_at: at })
        .where('code', '=', plain.code)
        .execute();
    } else {
      await this.db
        .insertInto('country_profiles')
        .values({
          code: plain.code,
          region: plain.region ?? null,
          data: JSON.stringify(plain),
          version,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    await appendRevision(this.db, {
      entityType: 'country',
      entityId: plain.code,
      version,
      action: row ? 'update' : 'create',
      author: meta.author,
      reason: meta.reason,
      createdAt: at,
      before: before ?? null,
      after: plain,
    });
    return row ? 'updated' : 'created';
  }
}
