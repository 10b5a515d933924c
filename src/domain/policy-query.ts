import { z } from 'zod';

export const POLICY_SORTS = ['title', '-year', 'year', 'country', '-updated'] as const;
export type PolicySort = (typeof POLICY_SORTS)[number];

const list = (item: z.ZodType<string>) => z.array(item).default([]);

/** What a policy list asks for: filters (OR within a field, AND across fields), text, sort, page. */
export const policyQuerySchema = z
  .object({
    country: list(z.string().regex(/^([A-Z]{2}|EU|INTL)$/, { error: 'must be a country code such as JP' })),
    year: list(z.string().regex(/^\d{4}$/, { error: 'must be a four-digit year' })),
    status: list(z.string().min(1)),
    category: list(z.string().min(1)),
    legalWeight: list(z.string().min(1)),
    reviewStatus: list(z.string().min(1)),
    q: z.string().max(200, { error: 'must be at most 200 characters' }).default(''),
    sort: z.enum(POLICY_SORTS, { error: `must be one of ${POLICY_SORTS.join(', ')}` }).default('title'),
    page: z.coerce.number({ error: 'must be a number' }).int().min(1, { error: 'must be 1 or more' }).default(1),
    pageSize: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(1, { error: 'must be between 1 and 200' })
      .max(200, { error: 'must be between 1 and 200' })
      .default(25),
  })
  .strict();

export type PolicyQuery = z.output<typeof policyQuerySchema>;
export type PolicyFilterKey = 'country' | 'year' | 'status' | 'category' | 'legalWeight' | 'reviewStatus';
export const POLICY_FILTER_KEYS: readonly PolicyFilterKey[] = [
  'country',
  'year',
  'status',
  'category',
  'legalWeight',
  'reviewStatus',
];

export const defaultPolicyQuery = (): PolicyQuery => policyQuerySchema.parse({});
