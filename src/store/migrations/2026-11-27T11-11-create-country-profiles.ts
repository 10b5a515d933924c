import type { Kysely } from 'kysely';

/** Country profiles: the record as JSON, keyed by ISO code, with the region lists group by. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('country_profiles')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('region', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('country_profiles').execute();
}
