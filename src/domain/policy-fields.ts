import {
  ANALYSIS_DIMENSIONS,
  IMPACT_AREAS,
  IMPLEMENTATION_FIELDS,
  REGULATORY_PILLARS,
} from './policy.ts';

/**
 * Paths of the translatable text fields of a policy, `*` standing for any array index.
 * Readers lift a plain string at these paths into `{ <file language>: string }`.
 */
export const POLICY_TEXT_PATHS: readonly string[] = [
  'title',
  'description',
  'scopeNote',
  'interpretation',
  ...ANALYSIS_DIMENSIONS.flatMap((d) => [`analysis.${d}.label`, `analysis.${d}.evidence`, `analysis.${d}.auditNote`]),
  ...IMPACT_AREAS.map((a) => `impactAnalysis.${a}`),
  ...IMPLEMENTATION_FIELDS.map((f) => `implementationDetails.${f}`),
  ...REGULATORY_PILLARS.map((p) => `regulatory.${p}`),
  'evolution.milestones.*.event',
];

/** Translatable lists: one list per language. */
export const POLICY_LIST_PATHS: readonly string[] = ['tags'];

/** Fields holding record ids, which readers accept as a single value or a list. */
export const POLICY_ID_LIST_PATHS: readonly string[] = [
  'evolution.supersedes',
  'evolution.supersededBy',
  'evolution.consolidatedFrom',
  'relatedFacilities',
  'relatedDocuments',
  'sectors',
];
