import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * PostgreSQL's search index: the same pre-tokenised columns as SQLite's FTS5 tables, held as
 * token arrays with GIN indexes, plus each row's token count for BM25. Nothing on SQLite.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [table, parent] of [
    ['passage_tokens', 'passages'],
    ['record_tokens', 'search_records'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'integer', (c) => c.primaryKey().references(`${parent}.id`).onDelete('cascade'))
      .addColumn('head_words', sql`text[]`, (c) => c.notNull())
      .addColumn('head_grams', sql`text[]`, (c) => c.notNull())
      .addColumn('body_words', sql`text[]`, (c) => c.notNull())
      .addColumn('body_grams', sql`text[]`, (c) => c.notNull())
      .addColumn('doc_len', 'integer', (c) => c.notNull())
      .execute();
    for (const column of ['head_words', 'head_grams', 'body_words', 'body_grams']) {
      await sql.raw(`CREATE INDEX ${table}_${column}_gin ON ${table} USING gin (${column})`).execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await db.schema.dropTable('record_tokens').execute();
  await db.schema.dropTable('passage_tokens').execute();
}
