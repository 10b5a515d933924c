import { groupTerms } from './match-plan.ts';
import type { SearchQuery } from './query.ts';
import { memoNormalizer, normalizeText } from './tokenize.ts';

/**
 * Orders hits for display: first by how many of the query's groups the passage's section heading
 * names (a section titled with the concept is about it, a passage that mentions it in passing is
 * not), then by BM25 (lower is better in SQLite's sign convention). Stable for equal keys.
 *
 * ### Examples
 * `クロスチェーンリスク`: passages of 4-5 (whose heading names the risk) rank before a 2-3 passage
 * that mentions it twice in its body.
 */
export function rankHits<T extends { heading: string; score: number }>(
  hits: readonly T[],
  query: SearchQuery,
): T[] {
  const groups = query.groups.map((g) => groupTerms(g).map(normalizeText));
  const normalizeHeading = memoNormalizer();
  const coverage = (heading: string) => {
    const h = normalizeHeading(heading);
    return groups.filter((terms) => terms.some((t) => h.includes(t))).length;
  };
  return hits
    .map((hit, i) => ({ hit, i, c: coverage(hit.heading) }))
    .sort((a, b) => b.c - a.c || a.hit.score - b.hit.score || a.i - b.i)
    .map((x) => x.hit);
}
