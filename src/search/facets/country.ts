import { countryName } from '../../domain/countries.ts';
import type { PolicyFacet } from './facet.ts';

export const countryFacet: PolicyFacet = {
  key: 'country',
  column: 'country',
  label: (value, lang) => countryName(value, lang),
  order: 'count',
};
