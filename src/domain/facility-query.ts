import { z } from 'zod';

export const FACILITY_SORTS = ['name', '-capacity', 'capacity', '-year', 'year', 'country'] as const;
export type FacilitySort = (typeof FACILITY_SORTS)[number];

export const FACILITY_FILTER_KEYS = ['country', 'region', 'status', 'type', 'sector', 'fate'] as const;
export type FacilityFilterKey = (typeof FACILITY_FILTER_KEYS)[number];

const list = (item: z.ZodType<string>) => z.array(item).default([]);

/** What a facility list asks for: filters (OR within a field, AND across fields), text, sort, page. */
export const facilityQuerySchema = z
  .object({
    country: list(z.string().regex(/^([A-Z]{2}|EU|INTL)$/, { error: 'must be a country code such as JP' })),
    region: list(z.string().min(1)),
    status: list(z.string().min(1)),
    type: list(z.string().min(1)),
    sector: list(z.string().min(1)),
    fate: list(z.string().min(1)),
    q: z.string().max(200, { error: 'must be at most 200 characters' }).default(''),
    sort: z
      .enum(FACILITY_SORTS, { error: `must be one of ${FACILITY_SORTS.join(', ')}` })
      .default('-capacity'),
    page: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(1, { error: 'must be 1 or more' })
      .default(1),
    pageSize: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(1, { error: 'must be between 1 and 200' })
      .max(200, { error: 'must be between 1 and 200' })
      .default(50),
  })
  .strict();

export type FacilityQuery = z.output<typeof facilityQuerySchema>;
export type FacilityFilter = Pick<FacilityQuery, FacilityFilterKey | 'q'>;

export const defaultFacilityQuery = (): FacilityQuery => facilityQuerySchema.parse({});
