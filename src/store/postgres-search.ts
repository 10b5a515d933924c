import { type Kysely, sql } from 'kysely';
import {
  bm25Idf,
  bm25Score,
  type FtsNode,
  parseFtsExpression,
  phraseCount,
  phrasesOf,
  ftsTokens,
} from '../search/fts-expression.ts';
import { FTS_COLUMNS } from '../search/match-plan.ts';

export type TokenTable = 'passage_tokens' | 'record_tokens';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the token tables are created by their own migration
type AnyDb = Kysely<any>;
type Columns = Record<(typeof FTS_COLUMNS)[number], string>;
type Phrase = Extract<FtsNode, { kind: 'phrase' }>;

/**
 * Indexes one row on PostgreSQL: the same four pre-tokenised columns SQLite's FTS5 table holds.
 * `uncounted` is the number of tokens FTS5 holds in columns kept here elsewhere (the passages'
 * filter tags), which count towards the row length BM25 normalises by.
 */
export async function indexTokens(
  db: AnyDb,
  table: TokenTable,
  id: number,
  columns: Columns,
  uncounted = 0,
): Promise<void> {
  const arrays = FTS_COLUMNS.map((c) => ftsTokens(columns[c]));
  await sql`INSERT INTO ${sql.table(table)} (id, head_words, head_grams, body_words, body_grams, doc_len)
    VALUES (${id}, ${arrays[0]}, ${arrays[1]}, ${arrays[2]}, ${arrays[3]}, ${arrays.reduce((n, a) => n + a.length, uncounted)})`.execute(
    db,
  );
}

const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Rows that may contain the phrase (every whole token present); the exact check happens after. */
function candidateCondition(phrase: Phrase) {
  const columns = (phrase.columns ?? [...FTS_COLUMNS]).filter((c) =>
    (FTS_COLUMNS as readonly string[]).includes(c),
  );
  const whole = phrase.prefix ? phrase.tokens.slice(0, -1) : phrase.tokens;
  const conditions = columns.map((c) =>
    whole.length > 0
      ? sql`${sql.ref(c)} @> ${whole}::text[]`
      : sql`EXISTS (SELECT 1 FROM unnest(${sql.ref(c)}) AS t WHERE t LIKE ${likePrefix(phrase.tokens.at(-1) ?? '')})`,
  );
  return { columns, condition: sql.join(conditions, sql` OR `) };
}

interface Row {
  id: number;
  doc_len: number;
  head_words: string[];
  head_grams: string[];
  body_words: string[];
  body_grams: string[];
}

function evaluate(node: FtsNode, sets: Map<Phrase, Set<number>>): Set<number> {
  if (node.kind === 'phrase') return sets.get(node)!;
  if (node.kind === 'not') {
    const right = evaluate(node.right, sets);
    return new Set([...evaluate(node.left, sets)].filter((id) => !right.has(id)));
  }
  const parts = node.items.map((n) => evaluate(n, sets));
  if (node.kind === 'or') return new Set(parts.flatMap((p) => [...p]));
  const [first, ...rest] = parts.sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((id) => rest.every((p) => p.has(id))));
}

/**
 * Runs an FTS5 expression against a PostgreSQL token table with FTS5's meaning: GIN-indexed array
 * containment finds candidate rows, phrases are then checked token by token, and matches are
 * scored with FTS5's bm25 (same IDF, length normalisation and column weights), so results and
 * their order agree with SQLite for the same data. Returns every matching row id with its score.
 */
export async function searchTokenTable(
  db: AnyDb,
  table: TokenTable,
  expression: string,
  weights: readonly number[],
): Promise<Map<number, number>> {
  const tree = parseFtsExpression(expression);
  const phrases = phrasesOf(tree);
  const rows = new Map<number, Row>();
  const hits = new Map<Phrase, Map<number, number[]>>();
  const sets = new Map<Phrase, Set<number>>();
  for (const phrase of phrases) {
    const { columns, condition } = candidateCondition(phrase);
    const found = await sql<Row>`SELECT id, doc_len, head_words, head_grams, body_words, body_grams
      FROM ${sql.table(table)} WHERE ${condition}`.execute(db);
    const perRow = new Map<number, number[]>();
    for (const row of found.rows) {
      const counts = FTS_COLUMNS.map((c) =>
        columns.includes(c) ? phraseCount(row[c], phrase.tokens, phrase.prefix) : 0,
      );
      if (counts.some((n) => n > 0)) {
        perRow.set(row.id, counts);
        rows.set(row.id, row);
      }
    }
    hits.set(phrase, perRow);
    sets.set(phrase, new Set(perRow.keys()));
  }
  const matched = evaluate(tree, sets);
  if (matched.size === 0) return new Map();
  const stats = await sql<{
    n: number;
    total: number;
  }>`SELECT count(*)::int AS n, coalesce(sum(doc_len), 0)::float8 AS total FROM ${sql.table(table)}`.execute(
    db,
  );
  const rowCount = Number(stats.rows[0]!.n);
  const avgLen = Number(stats.rows[0]!.total) / Math.max(1, rowCount);
  const idf = phrases.map((p) => bm25Idf(rowCount, hits.get(p)!.size));
  const scores = new Map<number, number>();
  for (const id of matched) {
    const perPhrase = phrases.map((p) => hits.get(p)!.get(id) ?? []);
    scores.set(id, bm25Score(perPhrase, idf, weights, rows.get(id)!.doc_len, avgLen));
  }
  return scores;
}

interface PassageFilterSet {
  doc?: string[];
  country?: string[];
  lang?: string[];
  level?: number[];
}

/**
 * PostgreSQL's passage search with the same contract as the SQLite one: at most `limit` hits, best
 * first by BM25, after filters, the count capped at `countLimit`; above `exactBelow` passages, the
 * newest `window` matches unranked (the caller ranks them), as on SQLite.
 */
export async function searchPassagesPostgres(
  db: AnyDb,
  match: string,
  filters: PassageFilterSet,
  limit: number,
  weights: readonly number[],
  options: { exactBelow?: number; window?: number; countLimit?: number } = {},
) {
  const exactBelow = options.exactBelow ?? 100_000;
  const window = options.window ?? 500;
  const countLimit = options.countLimit ?? 2000;
  const scores = await searchTokenTable(db, 'passage_tokens', match, weights);
  let ids = [...scores.keys()];
  const filtered =
    filters.doc?.length || filters.country?.length || filters.lang?.length || filters.level?.length;
  if (filtered && ids.length > 0) {
    const where = [sql`id = ANY(${ids}::int[])`];
    if (filters.doc?.length) where.push(sql`document_id = ANY(${filters.doc}::text[])`);
    if (filters.country?.length) where.push(sql`country = ANY(${filters.country}::text[])`);
    if (filters.lang?.length) where.push(sql`lang = ANY(${filters.lang}::text[])`);
    if (filters.level?.length) where.push(sql`level = ANY(${filters.level}::int[])`);
    ids = (
      await sql<{ id: number }>`SELECT id FROM passages WHERE ${sql.join(where, sql` AND `)}`.execute(db)
    ).rows.map((r) => r.id);
  }
  const total = ids.length;
  const size = await sql<{ n: number }>`SELECT coalesce(max(id), 0)::int AS n FROM passages`.execute(db);
  const rankedBy: 'bm25' | 'window' = Number(size.rows[0]!.n) <= exactBelow ? 'bm25' : 'window';
  const top =
    rankedBy === 'bm25'
      ? ids.sort((a, b) => scores.get(a)! - scores.get(b)! || a - b).slice(0, limit)
      : ids.sort((a, b) => b - a).slice(0, window);
  // As on SQLite: counted up to countLimit when ranking all, up to the window otherwise.
  const bound = rankedBy === 'bm25' ? countLimit : window;
  const result = {
    total: Math.min(total, bound),
    totalIsLowerBound: total > bound,
    rankedAll: rankedBy === 'bm25' || total <= window,
    rankedBy,
  };
  if (top.length === 0) return { hits: [], ...result };
  const rows = await sql<{
    id: number;
    documentId: string;
    document_title: string;
    anchor: string;
    section: string;
    sectionLabel: string;
    heading: string;
    level: number;
    kind: string;
    lang: string;
    country: string;
    text: string;
  }>`SELECT p.id, p.document_id AS "documentId", d.title AS document_title, p.anchor, p.section,
         p.section_label AS "sectionLabel", p.heading, p.level, p.kind, p.lang, p.country, p.text
       FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id = ANY(${top}::int[])`.execute(db);
  const byId = new Map(rows.rows.map((r) => [r.id, r]));
  const hits = top.map((id) => {
    const { document_title, id: _id, ...r } = byId.get(id)!;
    return { ...r, documentTitle: document_title, score: rankedBy === 'bm25' ? scores.get(id)! : 0 };
  });
  return { hits, ...result };
}

/** PostgreSQL's record search: the same contract as the SQLite one. */
export async function searchRecordsPostgres(
  db: AnyDb,
  match: string,
  filters: { country?: string[]; type?: string[] },
  limit: number,
  weights: readonly number[],
) {
  const scores = await searchTokenTable(db, 'record_tokens', match, weights);
  if (scores.size === 0) return [];
  const where = [sql`id = ANY(${[...scores.keys()]}::int[])`];
  if (filters.country?.length) where.push(sql`country = ANY(${filters.country}::text[])`);
  if (filters.type?.length) where.push(sql`type = ANY(${filters.type}::text[])`);
  const rows = await sql<{
    rowid: number;
    type: string;
    id: string;
    title: string;
    country: string;
    lang: string;
    text: string;
  }>`
    SELECT id AS rowid, type, record_id AS id, title, country, lang, text FROM search_records WHERE ${sql.join(where, sql` AND `)}`.execute(
    db,
  );
  return rows.rows
    .map(({ rowid, ...r }) => ({ ...r, score: scores.get(rowid)!, rowid }))
    .sort((a, b) => a.score - b.score || a.rowid - b.rowid)
    .slice(0, limit)
    .map(({ rowid: _r, ...r }) => r);
}
