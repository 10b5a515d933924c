import { ANALYSIS_DIMENSIONS, type Policy } from '../domain/policy.ts';
import { toCsv } from './csv.ts';

const HEADER = [
  'id',
  'country',
  'year',
  'status',
  'category',
  'legal_weight',
  'scope',
  'review_status',
  'pub_date',
  'title_zh',
  'title_en',
  'title_ja',
  ...ANALYSIS_DIMENSIONS.map((d) => `score_${d}`),
  'source',
  'url',
];

/** Policies as one CSV row each: classification, titles in every language, the five scores, source. */
export function policiesToCsv(policies: readonly Policy[]): string {
  return toCsv(
    HEADER,
    policies.map((p) => [
      p.id,
      p.country,
      p.year,
      p.status,
      p.category,
      p.legalWeight,
      p.scope,
      p.reviewStatus,
      p.pubDate,
      p.title.zh,
      p.title.en,
      p.title.ja,
      ...ANALYSIS_DIMENSIONS.map((d) => p.analysis[d]?.score),
      p.source,
      p.url,
    ]),
  );
}
