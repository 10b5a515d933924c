import type { Kysely } from 'kysely';

/** Policies: the full record as JSON plus the columns that lists filter, sort and facet on. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('legal_weight', 'text')
    .addColumn('scope', 'text')
    .addColumn('review_status', 'text', (c) => c.notNull())
    .addColumn('pub_date', 'text')
    .addColumn('title_zh', 'text')
    .addColumn('title_en', 'text')
    .addColumn('title_ja', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['country', 'year', 'status', 'category', 'legal_weight', 'review_status']) {
    await db.schema.createIndex(`policies_${column}_idx`).on('policies').column(column).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('policies').execute();
}
