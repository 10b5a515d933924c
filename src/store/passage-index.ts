import { type Kysely, sql } from 'kysely';
import { indexColumns } from '../search/match-plan.ts';
import { passageTags, TAG_COUNT, type TaggedPassage } from '../search/passage-tags.ts';
import { indexTokens } from './postgres-search.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the index tables are not in the typed schema
type AnyDb = Kysely<any>;

export interface IndexedPassage extends TaggedPassage {
  id: number;
  heading: string;
  text: string;
}

/**
 * A passage's rowid in FTS5's `passage_fts`: its id, negated, so that walking the index in ascending
 * rowid order visits the newest passages first. FTS5 reads forward lazily but must load a term's whole
 * list of rows to walk it backwards, so "the newest matches" costs a fraction of what it would with
 * `ORDER BY rowid DESC`. SQL over the index maps back with `-rowid`.
 */
export const ftsRowid = (passageId: number) => -passageId;

/**
 * Adds passages to the search index: FTS5's `passage_fts` on SQLite (four token columns and the
 * filter tags), the token arrays of `passage_tokens` on PostgreSQL. The one place passages are
 * indexed. FTS5 flushes its pending entries whenever a rowid is lower than the last one written, so
 * the rows go in ascending rowid order (newest passage first).
 */
export async function indexPassages(
  db: AnyDb,
  fts: boolean,
  passages: readonly IndexedPassage[],
): Promise<void> {
  const ordered = [...passages].sort((a, b) => ftsRowid(a.id) - ftsRowid(b.id));
  for (const p of ordered) {
    const c = indexColumns(p.heading, p.text);
    if (!fts) await indexTokens(db, 'passage_tokens', p.id, c, TAG_COUNT);
    else
      await sql`INSERT INTO passage_fts(rowid, head_words, head_grams, body_words, body_grams, tags)
        VALUES (${ftsRowid(p.id)}, ${c.head_words}, ${c.head_grams}, ${c.body_words}, ${c.body_grams}, ${passageTags(p)})`.execute(
        db,
      );
  }
}

/** Indexes every stored passage, newest first, a thousand rows at a time; returns how many. */
export async function indexStoredPassages(db: AnyDb, fts: boolean): Promise<number> {
  let count = 0;
  for (let before: number | undefined; ;) {
    const rows = (
      await sql<IndexedPassage>`
        SELECT id, document_id AS "documentId", heading, text, lang, level, country FROM passages
        ${before === undefined ? sql`` : sql`WHERE id < ${before}`} ORDER BY id DESC LIMIT 1000`.execute(db)
    ).rows;
    if (rows.length === 0) return count;
    await indexPassages(db, fts, rows);
    count += rows.length;
    before = rows.at(-1)!.id;
  }
}
