import type { DomainEnum } from '../../domain/enum.ts';
import { legalWeight, policyCategory, policyStatus, reviewStatus } from '../../domain/policy-enums.ts';
import type { PolicyFacet } from './facet.ts';

const enumLabel =
  <V extends string>(e: DomainEnum<V>): PolicyFacet['label'] =>
  (value, lang) =>
    e.resolve(value) ? e.label(e.resolve(value)!, lang) : value;

export const statusFacet: PolicyFacet = { key: 'status', column: 'status', label: enumLabel(policyStatus), order: 'count' };
export const categoryFacet: PolicyFacet = {
  key: 'category',
  column: 'category',
  label: enumLabel(policyCategory),
  order: 'count',
};
export const legalWeightFacet: PolicyFacet = {
  key: 'legalWeight',
  column: 'legal_weight',
  label: enumLabel(legalWeight),
  order: 'count',
};
export const reviewStatusFacet: PolicyFacet = {
  key: 'reviewStatus',
  column: 'review_status',
  label: enumLabel(reviewStatus),
  order: 'count',
};
