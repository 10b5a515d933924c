import { z } from 'zod';
import { citationSchema } from './citation.ts';
import { httpUrlSchema, provenanceSchema, recordIdSchema } from './common.ts';
import { countryCodeSchema } from './countries.ts';
import {
  carbonFate,
  facilitySector,
  facilityStatus,
  facilityType,
  locationPrecision,
  worldRegion,
} from './facility-enums.ts';
import { localizedTextSchema } from './lang.ts';
import { reviewStatus } from './policy-enums.ts';

const yearSchema = z.number().int().min(1900).max(2100);
const mtPerYear = z
  .number()
  .min(0, { error: 'capacity cannot be negative' })
  .max(1000, { error: 'capacity above 1,000 Mt/yr is not plausible' });

/** Capacities as the source states them, in Mt CO2 per year. The one rule that turns them into a figure is in src/analysis/capacity.ts. */
export const facilityCapacitySchema = z
  .object({
    announcedLowMt: mtPerYear.optional(),
    announcedHighMt: mtPerYear.optional(),
    /** The announced capacity exactly as the source wrote it ("0.5 - 1", "up to 2"). */
    announcedText: z.string().min(1).optional(),
    estimatedMt: mtPerYear.optional(),
  })
  .strict()
  .refine(
    (c) =>
      c.announcedLowMt === undefined ||
      c.announcedHighMt === undefined ||
      c.announcedLowMt <= c.announcedHighMt,
    {
      error: 'the low end of the announced range is above the high end',
      path: ['announcedHighMt'],
    },
  );
export type FacilityCapacity = z.infer<typeof facilityCapacitySchema>;

/** Where a facility is, and how precisely that is known. */
export const facilityLocationSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    precision: locationPrecision.schema,
  })
  .strict();
export type FacilityLocation = z.infer<typeof facilityLocationSchema>;

/** Milestone years (the IEA database records years, not days). */
export const facilityDatesSchema = z
  .object({
    announcementYear: yearSchema.optional(),
    fidYear: yearSchema.optional(),
    operationYear: yearSchema.optional(),
    suspensionYear: yearSchema.optional(),
  })
  .strict();
export type FacilityDates = z.infer<typeof facilityDatesSchema>;

/** A policy that names this facility, with the passage or document that shows it. */
export const facilityEvidenceLinkSchema = z
  .object({
    policyId: recordIdSchema,
    evidence: citationSchema.optional(),
    note: localizedTextSchema.optional(),
  })
  .strict();
export type FacilityEvidenceLink = z.infer<typeof facilityEvidenceLinkSchema>;

/** The dataset and row a record came from, so a re-import finds it again. */
export const facilitySourceSchema = z
  .object({ dataset: z.string().min(1), recordId: z.string().min(1), edition: z.string().min(1).optional() })
  .strict();

/** A CCUS project or facility: capture plant, pipeline, storage site, hub member or full chain. */
export const facilitySchema = z
  .object({
    id: recordIdSchema,
    name: localizedTextSchema.refine((t) => Object.keys(t).length > 0, { error: 'a name is required' }),
    /** Every country the project spans (Japan–Malaysia keeps both); empty when the source does not say. */
    countries: z.array(countryCodeSchema).default([]),
    region: worldRegion.schema.optional(),
    type: facilityType.schema,
    sector: facilitySector.schema.optional(),
    fate: carbonFate.schema.optional(),
    status: facilityStatus.schema,
    phase: z.number().int().min(1).max(20).optional(),
    capacity: facilityCapacitySchema.default({}),
    location: facilityLocationSchema.optional(),
    hub: z.string().min(1).optional(),
    operator: z.string().min(1).optional(),
    partners: z.array(z.string().min(1)).default([]),
    dates: facilityDatesSchema.default({}),
    links: z.array(httpUrlSchema).default([]),
    description: localizedTextSchema.optional(),
    policyLinks: z.array(facilityEvidenceLinkSchema).default([]),
    source: facilitySourceSchema.optional(),
    reviewStatus: reviewStatus.schema.default('draft'),
    provenance: provenanceSchema.default({}),
  })
  .strict()
  .meta({ id: 'Facility', title: 'CCUS facility or project' });

export type Facility = z.output<typeof facilitySchema>;
export type FacilityInput = z.input<typeof facilitySchema>;

export function parseFacility(input: unknown): Facility {
  return facilitySchema.parse(input);
}
