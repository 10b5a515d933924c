import type { Lang } from '../../../domain/lang.ts';
import type { PolicyQuery } from '../../../domain/policy-query.ts';
import { POLICY_FACETS, type FacetResult } from '../../../search/facets/index.ts';
import type { StoredPolicy } from '../../../store/policy-repository.ts';
import type { Store } from '../../../store/store.ts';
import { presentPolicySummary, type PolicySummary } from '../../presenters/policy.ts';
import { urls } from '../../urls.ts';

export const FACET_LIMIT = 12;

export interface PolicyListView {
  query: PolicyQuery;
  items: PolicySummary[];
  total: number;
  /** Records in the store, whatever the filters. */
  grandTotal: number;
  pages: number;
  facets: FacetResult[];
}

/** Everything the policy list shows, in any format: one load, then a renderer. */
export async function loadPolicyList(store: Store, query: PolicyQuery, lang: Lang): Promise<PolicyListView> {
  const [result, grandTotal] = await Promise.all([store.policies.list(query, lang), store.policies.count()]);
  const facets = POLICY_FACETS.map((facet): FacetResult => {
    const selected = new Set(query[facet.key]);
    const counted = [...result.facetCounts[facet.key]];
    for (const value of selected) if (!counted.some((c) => c.value === value)) counted.push({ value, count: 0 });
    counted.sort((a, b) =>
      facet.order === 'value-desc' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value),
    );
    const shown = counted.filter((c, i) => i < FACET_LIMIT || selected.has(c.value));
    return {
      key: facet.key,
      truncated: shown.length < counted.length,
      values: shown.map((c) => {
        const isSelected = selected.has(c.value);
        const values = isSelected ? query[facet.key].filter((v) => v !== c.value) : [...query[facet.key], c.value];
        return {
          value: c.value,
          label: facet.label(c.value, lang),
          count: c.count,
          selected: isSelected,
          toggleUrl: urls.policies(lang, { ...query, [facet.key]: values, page: 1 }),
        };
      }),
    };
  });
  return {
    query,
    items: result.items.map((s) => presentPolicySummary(s.policy, lang)),
    total: result.total,
    grandTotal,
    pages: Math.max(1, Math.ceil(result.total / query.pageSize)),
    facets,
  };
}

export interface PolicyPageView {
  stored: StoredPolicy;
  /** Titles of the policies this one links to (supersedes, superseded by…), where they exist. */
  linkedTitles: Map<string, StoredPolicy['policy']['title']>;
}

/** Everything a policy page shows; undefined when the record does not exist. */
export async function loadPolicyPage(store: Store, id: string): Promise<PolicyPageView | undefined> {
  const stored = await store.policies.get(id);
  if (!stored) return undefined;
  const e = stored.policy.evolution;
  const linkedIds = new Set([...e.supersedes, ...e.supersededBy, ...e.consolidatedFrom]);
  const linkedTitles = new Map<string, StoredPolicy['policy']['title']>();
  for (const linked of linkedIds) {
    const other = await store.policies.get(linked);
    if (other) linkedTitles.set(linked, other.policy.title);
  }
  return { stored, linkedTitles };
}
