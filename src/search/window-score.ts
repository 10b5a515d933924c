import { groupTerms } from './match-plan.ts';
import type { SearchQuery } from './query.ts';
import { memoNormalizer, normalizeText } from './tokenize.ts';

const K1 = 1.2;
const B = 0.75;
const HEADING_WEIGHT = 3;

const occurrences = (haystack: string, needle: string) => {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
};

/**
 * BM25 over a window of matches, for stores too large for FTS5's exact BM25 (see
 * DocumentRepository.searchPassages): each query group is one term whose frequency counts every
 * glossary alternative (three times in the heading), IDF comes from the window itself, lengths are
 * normalised by the window's mean. Scores are negative, lower is better, as SQLite's bm25().
 *
 * ### Examples
 * A passage that names 輸送貯留料金 twice outranks one that names it once, at equal length.
 */
export function scoreWindow<T extends { heading: string; text: string; score: number }>(
  hits: readonly T[],
  query: SearchQuery,
): T[] {
  if (hits.length === 0) return [];
  const groups = query.groups.map((g) => [...new Set(groupTerms(g).map(normalizeText).filter(Boolean))]);
  const heading = memoNormalizer();
  const docs = hits.map((h) => ({ head: heading(h.heading), body: normalizeText(h.text) }));
  const meanLength = docs.reduce((a, d) => a + d.body.length, 0) / docs.length || 1;
  const tf = docs.map((d) =>
    groups.map((terms) =>
      terms.reduce((n, t) => n + occurrences(d.body, t) + HEADING_WEIGHT * occurrences(d.head, t), 0),
    ),
  );
  const idf = groups.map((_, g) => {
    const df = tf.filter((row) => row[g]! > 0).length;
    return Math.log(1 + (hits.length - df + 0.5) / (df + 0.5));
  });
  return hits.map((hit, i) => {
    const lengthNorm = 1 - B + (B * docs[i]!.body.length) / meanLength;
    const score = groups.reduce((sum, _, g) => {
      const f = tf[i]![g]!;
      return sum + (idf[g]! * (f * (K1 + 1))) / (f + K1 * lengthNorm);
    }, 0);
    return { ...hit, score: -score };
  });
}
