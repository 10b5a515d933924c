import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.ts';
import { rebuildSearchIndex } from '../search-reindex.ts';

/**
 * Bigrams and filter tags become marked index terms (GRAM_MARK in src/search/match-plan.ts, the tag
 * mark in src/search/passage-tags.ts), distinct from every word, so searches run without FTS5 column
 * filters. Every stored passage is indexed again, on both backends; records are re-indexed on the
 * next search.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await rebuildSearchIndex(db, !isPostgres(db));
}

/**
 * Empties the index, which earlier code could not read: `reindexSearch` (run by copy and restore)
 * fills it again with that code's terms.
 */
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of isPostgres(db) ? ['passage_tokens'] : ['passage_fts', 'record_fts'])
    await sql.raw(`DELETE FROM ${table}`).execute(db);
  await sql`DELETE FROM search_records`.execute(db);
}
