import type { Lang } from '../../domain/lang.ts';
import type { PolicyFilterKey } from '../../domain/policy-query.ts';

/** A counted facet of the policy list: which column it groups by and how its values read. */
export interface PolicyFacet {
  key: PolicyFilterKey;
  /** Column of the `policies` table whose values are counted. */
  column: 'country' | 'year' | 'status' | 'category' | 'legal_weight' | 'review_status';
  label(value: string, lang: Lang): string;
  /** How values are ordered: by count (most first) or by value (newest year first). */
  order: 'count' | 'value-desc';
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  toggleUrl: string;
}

export interface FacetResult {
  key: PolicyFilterKey;
  values: FacetValue[];
  /** True when more values exist than are shown. */
  truncated: boolean;
}
