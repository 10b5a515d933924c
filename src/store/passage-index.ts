import { type Kysely, sql } from 'kysely';
import { indexColumns } from '../search/match-plan.ts';
import { passageTags, TAG_COUNT, type TaggedPassage } from '../search/passage-tags.ts';
import { indexTokens } from './postgres-search.ts';

export interface IndexedPassage extends TaggedPassage {
  id: number;
  heading: string;
  text: string;
}

/**
 * Adds one passage to the search index: FTS5's `passage_fts` on SQLite (four token columns and the
 * filter tags), the token arrays of `passage_tokens` on PostgreSQL. The one place a passage is indexed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the index tables are not in the typed schema
export async function indexPassage(db: Kysely<any>, fts: boolean, p: IndexedPassage): Promise<void> {
  const c = indexColumns(p.heading, p.text);
  if (!fts) return indexTokens(db, 'passage_tokens', p.id, c, TAG_COUNT);
  await sql`INSERT INTO passage_fts(rowid, head_words, head_grams, body_words, body_grams, tags)
    VALUES (${p.id}, ${c.head_words}, ${c.head_grams}, ${c.body_words}, ${c.body_grams}, ${passageTags(p)})`.execute(
    db,
  );
}

/** Indexes every stored passage, a thousand rows at a time; returns how many. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function indexStoredPassages(db: Kysely<any>, fts: boolean): Promise<number> {
  let count = 0;
  for (let after = -1; ; ) {
    const rows = (
      await sql<IndexedPassage>`
        SELECT id, document_id AS "documentId", heading, text, lang, level, country FROM passages
        WHERE id > ${after} ORDER BY id LIMIT 1000`.execute(db)
    ).rows;
    if (rows.length === 0) return count;
    for (const row of rows) await indexPassage(db, fts, row);
    count += rows.length;
    after = rows.at(-1)!.id;
  }
}
