import { z } from 'zod';
import { citationSchema } from './citation.ts';
import { provenanceSchema } from './common.ts';
import { countryCodeSchema } from './countries.ts';
import { worldRegion } from './facility-enums.ts';
import { localizedTextSchema } from './lang.ts';
import { REGULATORY_PILLARS } from './policy.ts';
import { reviewStatus } from './policy-enums.ts';

/** One regulatory pillar of a country: what the rules say, and where they say it. */
export const pillarSchema = z
  .object({ text: localizedTextSchema, citation: citationSchema.optional() })
  .strict();
export type Pillar = z.infer<typeof pillarSchema>;

/** A stated storage or capture target, with its source. */
export const storageTargetSchema = z
  .object({
    text: localizedTextSchema,
    year: z.number().int().min(2000).max(2100).optional(),
    mtPerYear: z.number().min(0).optional(),
    citation: citationSchema.optional(),
  })
  .strict();

/** A country's CCS profile: region, targets and the seven regulatory pillars, each cited. */
export const countryProfileSchema = z
  .object({
    code: countryCodeSchema,
    region: worldRegion.schema.optional(),
    summary: localizedTextSchema.optional(),
    netZeroYear: z.number().int().min(2030).max(2100).optional(),
    netZeroCitation: citationSchema.optional(),
    storageTargets: z.array(storageTargetSchema).default([]),
    pillars: z
      .object(
        Object.fromEntries(REGULATORY_PILLARS.map((p) => [p, pillarSchema.optional()])) as {
          [P in (typeof REGULATORY_PILLARS)[number]]: z.ZodOptional<typeof pillarSchema>;
        },
      )
      .strict()
      .default({}),
    reviewStatus: reviewStatus.schema.default('draft'),
    provenance: provenanceSchema.default({}),
  })
  .strict()
  .meta({ id: 'CountryProfile', title: 'Country CCS profile' });

export type CountryProfile = z.output<typeof countryProfileSchema>;
export type CountryProfileInput = z.input<typeof countryProfileSchema>;
export type RegulatoryPillar = (typeof REGULATORY_PILLARS)[number];
