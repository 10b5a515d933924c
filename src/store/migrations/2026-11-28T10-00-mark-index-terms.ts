import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';
import { clearSearchIndex, rebuildSearchIndex } from '../search-reindex.ts';

/**
 * Bigrams and filter tags become marked index terms (GRAM_MARK in src/search/match-plan.ts, the tag
 * mark in src/search/passage-tags.ts), distinct from every word, so searches run without FTS5 column
 * filters. Every stored passage is indexed again, on both backends (this is the one migration that
 * fills the index; earlier ones leave it empty); records are re-indexed on the next search.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await rebuildSearchIndex(db, !isPostgres(db));
}

/**
 * Empties the index, which earlier code could not read: `reindexSearch` (run by copy and restore)
 * fills it again with that code's terms.
 */
export async function down(db: Kysely<any>): Promise<void> {
  await clearSearchIndex(db, !isPostgres(db));
}
