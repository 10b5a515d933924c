import { countryFacet } from './country.ts';
import { categoryFacet, legalWeightFacet, reviewStatusFacet, statusFacet } from './enum-facets.ts';
import { yearFacet } from './year.ts';

export type { FacetResult, FacetValue, PolicyFacet } from './facet.ts';

/** The facets of the policy list, in display order. */
export const POLICY_FACETS = [countryFacet, yearFacet, statusFacet, categoryFacet, legalWeightFacet, reviewStatusFacet];
