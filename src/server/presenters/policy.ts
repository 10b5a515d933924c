import { countryNames } from '../../domain/countries.ts';
import { type Lang, pickText } from '../../domain/lang.ts';
import { ANALYSIS_DIMENSIONS, type Policy } from '../../domain/policy.ts';
import type { StoredPolicy } from '../../store/policy-repository.ts';
import { urls } from '../urls.ts';

/**
 * A policy as the API and `.json` twins show it: every field of the record, plus its version,
 * last update, country names and links to its other faces.
 */
export function presentPolicy(stored: StoredPolicy) {
  const { policy } = stored;
  return {
    ...policy,
    countryName: countryNames(policy.country),
    version: stored.version,
    updatedAt: stored.updatedAt,
    links: {
      html: { zh: urls.policy(policy.id, 'zh'), en: urls.policy(policy.id, 'en'), ja: urls.policy(policy.id, 'ja') },
      json: urls.policy(policy.id, undefined, 'json'),
      md: urls.policy(policy.id, undefined, 'md'),
      api: urls.apiPolicy(policy.id),
    },
  };
}

/** The short form used in lists: identity, classification, titles and scores. */
export function presentPolicySummary(policy: Policy, lang: Lang) {
  return {
    id: policy.id,
    country: policy.country,
    year: policy.year ?? null,
    status: policy.status,
    category: policy.category,
    legalWeight: policy.legalWeight ?? null,
    reviewStatus: policy.reviewStatus,
    pubDate: policy.pubDate ?? null,
    title: policy.title,
    displayTitle: pickText(policy.title, lang)?.value ?? policy.id,
    scores: Object.fromEntries(ANALYSIS_DIMENSIONS.map((d) => [d, policy.analysis[d]?.score ?? null])),
    url: urls.policy(policy.id, lang),
    json: urls.policy(policy.id, undefined, 'json'),
  };
}
export type PolicySummary = ReturnType<typeof presentPolicySummary>;
