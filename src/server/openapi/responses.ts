import { z } from 'zod';
import { isoDateSchema } from '../../domain/common.ts';
import { localizedTextSchema } from '../../domain/lang.ts';
import { ANALYSIS_DIMENSIONS, policySchema } from '../../domain/policy.ts';
import { policyQuerySchema } from '../../domain/policy-query.ts';

/**
 * The shapes the API answers with, in zod: the domain schemas plus what the presenters add
 * (src/server/presenters/). They feed the OpenAPI document and nothing else.
 */
const langLinks = z.object({ zh: z.string(), en: z.string(), ja: z.string() }).strict();

export const presentedPolicySchema = policySchema
  .extend({
    countryName: langLinks.describe('The country name in each language'),
    version: z.number().int().min(1).describe('Optimistic version; send it as baseVersion when proposing a change'),
    updatedAt: z.string().describe('ISO timestamp of the last change'),
    links: z
      .object({ html: langLinks, json: z.string(), md: z.string(), api: z.string() })
      .strict()
      .describe('The record’s other faces'),
  })
  .describe('A policy record with every field, its version and links');

export const policySummarySchema = z
  .object({
    id: z.string(),
    country: z.string(),
    year: z.number().int().nullable(),
    status: z.string(),
    category: z.string(),
    legalWeight: z.string().nullable(),
    reviewStatus: z.string(),
    pubDate: isoDateSchema.nullable(),
    title: localizedTextSchema,
    displayTitle: z.string().describe('The title in the requested language, or the fallback'),
    scores: z.object(Object.fromEntries(ANALYSIS_DIMENSIONS.map((d) => [d, z.number().int().min(0).max(100).nullable()]))),
    url: z.string(),
    json: z.string(),
  })
  .strict();

export const facetSchema = z
  .object({
    key: z.enum(['country', 'year', 'status', 'category', 'legalWeight', 'reviewStatus']),
    truncated: z.boolean(),
    values: z.array(
      z.object({ value: z.string(), label: z.string(), count: z.number().int(), selected: z.boolean(), toggleUrl: z.string() }).strict(),
    ),
  })
  .strict();

export const policyListSchema = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pages: z.number().int(),
    query: policyQuerySchema,
    items: z.array(policySummarySchema),
    facets: z.array(facetSchema),
    next: z.string().nullable().describe('The next page, or null on the last one'),
  })
  .strict();

export const errorSchema = z
  .object({
    error: z.object({ status: z.number().int(), message: z.string(), problems: z.array(z.string()).describe('One entry per field or parameter') }),
  })
  .describe('An error; problems name each invalid field or parameter');

export const draftSchema = z
  .object({
    id: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    baseVersion: z.number().int(),
    authorId: z.string(),
    authorName: z.string(),
    reason: z.string(),
    data: z.unknown(),
    status: z.enum(['pending', 'approved', 'rejected']),
    reviewerId: z.string().nullable(),
    reviewerName: z.string().nullable(),
    reviewComment: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    url: z.string(),
  })
  .describe('A proposed change awaiting review');

export const healthSchema = z.object({ status: z.literal('ok'), policies: z.number().int() });

export const apiIndexSchema = z.object({
  name: z.string(),
  endpoints: z.record(z.string(), z.object({ href: z.string(), description: z.string() })),
});

export const simulationSchema = z
  .object({})
  .catchall(z.unknown())
  .describe('The presented simulation: one result per scheme with yearly flows and Monte Carlo quantiles (the same as the simulator page’s .json twin)');
