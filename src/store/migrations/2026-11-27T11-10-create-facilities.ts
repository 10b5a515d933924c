import type { Kysely } from 'kysely';

/** Facilities: the full record as JSON, the columns lists filter on, and one row per country it spans. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('facilities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('sector', 'text')
    .addColumn('fate', 'text')
    .addColumn('region', 'text')
    .addColumn('source_dataset', 'text')
    .addColumn('name_zh', 'text')
    .addColumn('name_en', 'text')
    .addColumn('name_ja', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['status', 'type', 'sector', 'fate', 'region', 'source_dataset']) {
    await db.schema.createIndex(`facilities_${column}_idx`).on('facilities').column(column).execute();
  }
  await db.schema
    .createTable('facility_countries')
    .addColumn('facility_id', 'text', (c) => c.notNull().references('facilities.id').onDelete('cascade'))
    .addColumn('country', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('facility_countries_pk', ['facility_id', 'country'])
    .execute();
  await db.schema
    .createIndex('facility_countries_country_idx')
    .on('facility_countries')
    .column('country')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('facility_countries').execute();
  await db.schema.dropTable('facilities').execute();
}
