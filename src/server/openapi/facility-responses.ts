import { z } from 'zod';
import { citationSchema } from '../../domain/citation.ts';
import { countryProfileSchema } from '../../domain/country-profile.ts';
import { facilitySchema, facilityEvidenceLinkSchema } from '../../domain/facility.ts';
import {
  facilitySector,
  facilityStatus,
  facilityType,
  locationPrecision,
  worldRegion,
} from '../../domain/facility-enums.ts';
import { FACILITY_FILTER_KEYS } from '../../domain/facility-query.ts';
import { langSchema, localizedTextSchema } from '../../domain/lang.ts';
import { ANALYSIS_DIMENSIONS, REGULATORY_PILLARS } from '../../domain/policy.ts';

/**
 * What the facility and country endpoints answer (src/server/presenters/facility.ts and country.ts),
 * in zod, for the OpenAPI document. The figures come from src/analysis (see /methodology).
 */
const int = () => z.number().int();

const tallySchema = z
  .object({
    count: int(),
    unknownCount: int().describe('Facilities of unknown capacity: in count, not in mt'),
    mt: z.number().describe('Capacity in Mt CO2 per year of those with a known capacity'),
  })
  .strict();

const capacityTotalsSchema = z
  .object({
    all: tallySchema,
    pipeline: tallySchema.describe('Planned, under construction and operational'),
    committed: tallySchema.describe('Under construction and operational'),
    byStatus: z.object(Object.fromEntries(facilityStatus.values.map((s) => [s, tallySchema]))).strict(),
  })
  .strict();

const capacityBasisSchema = z
  .enum(['estimated', 'announced-midpoint', 'announced-bound', 'unknown'])
  .describe('Which stated figure the capacity comes from');

const facilitySummarySchema = z
  .object({
    id: z.string(),
    url: z.string(),
    name: z.string().describe('In the requested language, or the fallback named by nameLang'),
    nameLang: langSchema,
    countries: z.array(z.string()),
    region: worldRegion.strict.optional(),
    type: facilityType.strict,
    sector: facilitySector.strict.optional(),
    status: facilityStatus.strict,
    capacityMt: z.number().nullable(),
    capacityBasis: capacityBasisSchema,
    recordYear: int().nullable().describe('Operation year, else FID year, else announcement year'),
    precision: locationPrecision.strict.nullable(),
  })
  .strict();

export const facilityListSchema = z
  .object({
    total: int().describe('Facilities matching the filters'),
    grandTotal: int().describe('Facilities in the hub'),
    page: int(),
    pages: int(),
    totals: capacityTotalsSchema.describe('Counts and capacity of every match, not only this page'),
    map: z
      .object({
        markers: z.array(
          z
            .object({
              x: z.number(),
              y: z.number(),
              status: facilityStatus.strict,
              precision: locationPrecision.strict,
              count: int(),
              ids: z.array(z.string()).optional().describe('The facilities of the marker, when at most 20'),
              country: z.string().optional(),
            })
            .strict(),
        ),
        unplaced: int().describe('Matches without a location'),
      })
      .strict(),
    items: z.array(facilitySummarySchema),
    facets: z.array(
      z
        .object({
          key: z.enum(FACILITY_FILTER_KEYS),
          truncated: z.boolean(),
          values: z.array(
            z
              .object({ value: z.string(), label: z.string(), count: int(), selected: z.boolean(), toggleUrl: z.string() })
              .strict(),
          ),
        })
        .strict(),
    ),
    links: z
      .object({ html: z.string(), csv: z.string(), geojson: z.string(), next: z.string().nullable() })
      .strict(),
  })
  .strict()
  .describe('One page of facilities with the totals, map markers and facets of every match');

export const presentedFacilitySchema = facilitySchema
  .omit({ policyLinks: true })
  .extend({
    derived: z
      .object({
        capacityMt: z.number().nullable(),
        capacityBasis: capacityBasisSchema,
        recordYear: z
          .object({ year: int(), basis: z.enum(['operation', 'fid', 'announcement']) })
          .strict()
          .nullable(),
      })
      .strict(),
    version: int().min(1),
    updatedAt: z.string(),
    policyLinks: z.array(
      facilityEvidenceLinkSchema
        .extend({
          type: z.enum(['evidence', 'sector-match', 'same-country']),
          confidence: z.enum(['high', 'medium', 'low']),
        })
        .strict(),
    ),
  })
  .strict()
  .describe('A facility record with its derived figures and the policies linked to it, each with link type and confidence');

const countrySummaryShape = {
  code: z.string(),
  names: z.object({ zh: z.string(), en: z.string(), ja: z.string() }).strict(),
  region: worldRegion.strict.nullable(),
  url: z.string(),
  policies: int(),
  facilities: int(),
  pipeline: tallySchema,
  committed: tallySchema,
  governanceIndex: z.number().describe('0–100; see /methodology'),
  governanceRange: z
    .object({ min: z.number(), max: z.number() })
    .strict()
    .describe('The index under other reasonable parameters'),
};

export const countryListSchema = z
  .object({ total: int(), items: z.array(z.object(countrySummaryShape).strict()) })
  .strict();

const dimensionProfileSchema = z
  .object({ count: int(), meanScore: z.number().nullable(), value: z.number() })
  .strict();

export const presentedCountrySchema = z
  .object({
    ...countrySummaryShape,
    profile: countryProfileSchema.nullable(),
    pillars: z.array(
      z
        .object({
          pillar: z.enum(REGULATORY_PILLARS),
          text: localizedTextSchema,
          source: z.enum(['profile', 'policy', 'eu-policy']),
          policyId: z.string().optional(),
          citation: citationSchema.optional(),
        })
        .strict(),
    ),
    governance: z
      .object({
        index: z.number(),
        pillarCoverage: z.number().describe('Cited pillars / 7'),
        dimensions: z.object(Object.fromEntries(ANALYSIS_DIMENSIONS.map((d) => [d, dimensionProfileSchema]))).strict(),
        params: z.object({ pillarWeight: z.number(), depthCap: z.number() }).strict(),
      })
      .strict(),
    deployment: capacityTotalsSchema,
    policyIds: z.array(z.string()),
  })
  .strict()
  .describe('A country: profile, the seven regulatory pillars with their sources, governance index and deployment');
