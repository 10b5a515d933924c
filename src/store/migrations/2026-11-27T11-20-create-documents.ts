import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Source documents and their passages, plus the full-text index over them and over records.
 * On SQLite the index is FTS5 over pre-tokenised text (Intl.Segmenter words and CJK bigrams, made by
 * src/search) ranked with BM25; contentless, since the text lives in `passages`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // An integer key the database assigns: SQLite's rowid alias, PostgreSQL's serial.
  const key = postgres ? 'serial' : 'integer';
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text')
    .addColumn('date', 'text')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('passages')
    .addColumn('id', key, (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('anchor', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('section_label', 'text', (c) => c.notNull())
    .addColumn('heading', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('passages_document_anchor_idx')
    .on('passages')
    .columns(['document_id', 'anchor'])
    .unique()
    .execute();
  await db.schema
    .createTable('search_records')
    .addColumn('id', key, (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('stamp', 'text', (c) => c.notNull())
    .execute();
  if (postgres) return;
  for (const table of ['passage_fts', 'record_fts']) {
    await sql
      .raw(
        `CREATE VIRTUAL TABLE ${table} USING fts5(head_words, head_grams, body_words, body_grams, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    await sql.raw('DROP TABLE IF EXISTS passage_fts').execute(db);
    await sql.raw('DROP TABLE IF EXISTS record_fts').execute(db);
  }
  for (const table of ['search_records', 'passages', 'documents']) await db.schema.dropTable(table).execute();
}
