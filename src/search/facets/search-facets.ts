/** A counted value of a search facet. */
export interface SearchFacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface SearchFacet {
  key: 'type' | 'doc' | 'country' | 'lang' | 'level';
  values: SearchFacetValue[];
}

/**
 * Counts values of one facet over results, most frequent first; selected values stay listed even
 * at zero so they can be cleared.
 */
export function countFacet<T>(
  key: SearchFacet['key'],
  items: readonly T[],
  valueOf: (item: T) => string,
  labelOf: (value: string) => string,
  selected: readonly string[],
): SearchFacet {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(valueOf(item), (counts.get(valueOf(item)) ?? 0) + 1);
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  const values = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => ({ value, label: labelOf(value), count, selected: selected.includes(value) }));
  return { key, values };
}
