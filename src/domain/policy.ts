import { z } from 'zod';
import { citationSchema } from './citation.ts';
import { httpUrlSchema, isoDateSchema, provenanceSchema, recordIdSchema } from './common.ts';
import { countryCodeSchema } from './countries.ts';
import { localizedListSchema, localizedTextSchema } from './lang.ts';
import { legalWeight, policyCategory, policyScope, policyStatus, reviewStatus, sector } from './policy-enums.ts';

export const ANALYSIS_DIMENSIONS = ['incentive', 'statutory', 'market', 'strategic', 'mrv'] as const;
export const IMPACT_AREAS = ['economic', 'technical', 'environmental', 'social'] as const;
export const REGULATORY_PILLARS = [
  'poreSpaceRights',
  'liabilityTransfer',
  'liabilityPeriod',
  'financialAssurance',
  'permittingLeadTime',
  'co2Definition',
  'crossBorderRules',
] as const;
export const IMPLEMENTATION_FIELDS = ['authority', 'mechanism', 'fundingScale'] as const;

/** One scored dimension of the analysis: a 0-100 score, its label, the evidence and where it comes from. */
export const dimensionScoreSchema = z
  .object({
    score: z
      .number({ error: 'score must be a number' })
      .int({ error: 'score must be a whole number' })
      .min(0, { error: 'score must be between 0 and 100' })
      .max(100, { error: 'score must be between 0 and 100' }),
    label: localizedTextSchema.optional(),
    evidence: localizedTextSchema.optional(),
    citation: citationSchema.optional(),
    auditNote: localizedTextSchema.optional(),
  })
  .strict();
export type DimensionScore = z.infer<typeof dimensionScoreSchema>;

const optionalKeys = <K extends string, T extends z.ZodType>(keys: readonly K[], value: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value.optional()])) as { [P in K]: z.ZodOptional<T> }).strict();

export const analysisSchema = optionalKeys(ANALYSIS_DIMENSIONS, dimensionScoreSchema);
export const impactAnalysisSchema = optionalKeys(IMPACT_AREAS, localizedTextSchema);
export const regulatoryPillarsSchema = optionalKeys(REGULATORY_PILLARS, localizedTextSchema);
export const implementationDetailsSchema = optionalKeys(IMPLEMENTATION_FIELDS, localizedTextSchema);

export const milestoneSchema = z.object({ date: isoDateSchema, event: localizedTextSchema }).strict();

/** How a policy relates to its predecessors, successors and siblings over time. */
export const evolutionSchema = z
  .object({
    supersedes: z.array(recordIdSchema).default([]),
    supersededBy: z.array(recordIdSchema).default([]),
    clusters: z.array(z.string().min(1)).default([]),
    consolidatedFrom: z.array(recordIdSchema).default([]),
    milestones: z.array(milestoneSchema).default([]),
    currentConsolidatedVersion: z.string().min(1).optional(),
    effectiveApplicationWindow: z
      .object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() })
      .strict()
      .refine((w) => !w.from || !w.to || w.from <= w.to, { error: 'window ends before it starts', path: ['to'] })
      .optional(),
    sourcePublicationDate: isoDateSchema.optional(),
  })
  .strict();

/** A policy record: the law, regulation, programme or instrument and its structured analysis. */
export const policySchema = z
  .object({
    id: recordIdSchema,
    country: countryCodeSchema,
    year: z.number().int().min(1900).max(2100).optional(),
    status: policyStatus.schema,
    category: policyCategory.schema,
    legalWeight: legalWeight.schema.optional(),
    scope: policyScope.schema.optional(),
    pubDate: isoDateSchema.optional(),
    reviewStatus: reviewStatus.schema.default('draft'),
    sectors: z.array(sector.schema).default([]),
    title: localizedTextSchema.refine((t) => Object.keys(t).length > 0, { error: 'a title is required' }),
    description: localizedTextSchema.optional(),
    scopeNote: localizedTextSchema.optional(),
    tags: localizedListSchema.default({}),
    interpretation: localizedTextSchema.optional(),
    analysis: analysisSchema.default({}),
    impactAnalysis: impactAnalysisSchema.default({}),
    evolution: evolutionSchema.default({
      supersedes: [],
      supersededBy: [],
      clusters: [],
      consolidatedFrom: [],
      milestones: [],
    }),
    implementationDetails: implementationDetailsSchema.default({}),
    regulatory: regulatoryPillarsSchema.default({}),
    relatedFacilities: z.array(z.string().min(1)).default([]),
    relatedDocuments: z.array(recordIdSchema).default([]),
    url: httpUrlSchema.optional(),
    source: z.string().min(1).optional(),
    provenance: provenanceSchema.default({}),
  })
  .strict()
  .meta({ id: 'Policy', title: 'CCS policy record' });

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

/** Parses a value into a policy, throwing a ZodError with every problem. */
export function parsePolicy(input: unknown): Policy {
  return policySchema.parse(input);
}
