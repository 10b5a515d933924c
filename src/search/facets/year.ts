import type { PolicyFacet } from './facet.ts';

export const yearFacet: PolicyFacet = {
  key: 'year',
  column: 'year',
  label: (value) => value,
  order: 'value-desc',
};
