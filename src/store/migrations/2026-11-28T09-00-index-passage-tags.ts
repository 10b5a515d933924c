import { type Kysely, sql } from 'kysely';
import { TAG_COUNT } from '../../search/passage-tags.ts';
import { isPostgres } from '../dialect.ts';

const COLUMNS = 'head_words, head_grams, body_words, body_grams';

/**
 * The passage index gains a `tags` column of filter tokens (src/search/passage-tags.ts), so filtered
 * searches intersect index entries instead of reading every matching row; both FTS5 tables switch to
 * the ascii tokenizer, since src/search hands them text already split into words and bigrams; passage
 * rows are keyed by their negated id (src/store/passage-index.ts). On SQLite the tables are rebuilt
 * empty, and 2026-11-28T10-00-mark-index-terms, which always follows, indexes every stored passage once;
 * on PostgreSQL the row lengths count the tags, as FTS5's do.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`UPDATE passage_tokens SET doc_len = doc_len + ${TAG_COUNT}`.execute(db);
    return;
  }
  await sql.raw('DROP TABLE IF EXISTS passage_fts').execute(db);
  await sql.raw('DROP TABLE IF EXISTS record_fts').execute(db);
  const options = "content='', contentless_delete=1, tokenize='ascii'";
  await sql.raw(`CREATE VIRTUAL TABLE passage_fts USING fts5(${COLUMNS}, tags, ${options})`).execute(db);
  await sql.raw(`CREATE VIRTUAL TABLE record_fts USING fts5(${COLUMNS}, ${options})`).execute(db);
  // Pending index entries are flushed every 16 MB instead of every 1 MB: fewer, larger segments to merge on import.
  await sql.raw(`INSERT INTO passage_fts(passage_fts, rank) VALUES('hashsize', ${16 * 1024 * 1024})`).execute(db);
  await sql`DELETE FROM search_records`.execute(db);
}

/** Back to the earlier tables, empty: `reindexSearch` (run by copy and restore) fills them again. */
export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`UPDATE passage_tokens SET doc_len = doc_len - ${TAG_COUNT}`.execute(db);
    return;
  }
  await sql.raw('DROP TABLE IF EXISTS passage_fts').execute(db);
  await sql.raw('DROP TABLE IF EXISTS record_fts').execute(db);
  const options = "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'";
  await sql.raw(`CREATE VIRTUAL TABLE passage_fts USING fts5(${COLUMNS}, ${options})`).execute(db);
  await sql.raw(`CREATE VIRTUAL TABLE record_fts USING fts5(${COLUMNS}, ${options})`).execute(db);
  await sql`DELETE FROM search_records`.execute(db);
}
