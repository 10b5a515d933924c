import { z } from 'zod';
import { countryProfileSchema } from '../../domain/country-profile.ts';
import { policyQuerySchema } from '../../domain/policy-query.ts';
import { scenarioSchema } from '../../schemes/scenario.ts';
import { decisionSchema, proposeChangeSchema } from '../routes/api/drafts.ts';
import {
  apiIndexSchema,
  draftSchema,
  errorSchema,
  healthSchema,
  policyListSchema,
  presentedPolicySchema,
  simulationSchema,
} from './responses.ts';
import { documentApiPaths } from './document-paths.ts';
import { facilityApiPaths } from './facility-paths.ts';
import {
  countryListSchema,
  facilityListSchema,
  presentedCountrySchema,
  presentedFacilitySchema,
} from './facility-responses.ts';
import {
  documentListSchema,
  glossarySchema,
  presentedDocumentSchema,
  presentedPassageSchema,
  presentedSectionSchema,
  searchResultSchema,
} from './document-responses.ts';
import { error, idParam, json, queryParameters, ref } from './helpers.ts';

/** Component schemas by name. Inputs (request bodies) are described as the API accepts them. */
const OUTPUTS = {
  ApiIndex: apiIndexSchema,
  Health: healthSchema,
  Policy: presentedPolicySchema,
  PolicyList: policyListSchema,
  Draft: draftSchema,
  Simulation: simulationSchema,
  FacilityList: facilityListSchema,
  Facility: presentedFacilitySchema,
  CountryList: countryListSchema,
  Country: presentedCountrySchema,
  CountryProfile: countryProfileSchema,
  SearchResult: searchResultSchema,
  DocumentList: documentListSchema,
  Document: presentedDocumentSchema,
  Passage: presentedPassageSchema,
  Section: presentedSectionSchema,
  Glossary: glossarySchema,
  Error: errorSchema,
} as const;
const INPUTS = { ProposeChange: proposeChangeSchema, Decision: decisionSchema, Scenario: scenarioSchema } as const;

type Obj = Record<string, unknown>;

/** JSON Schemas of a set of zod schemas, cross-references pointing into components/schemas. */
function components(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, Obj> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Obj> };
  return Object.fromEntries(Object.entries(out).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]));
}


/** The policy list parameters, from the same zod schema that parses them. */
const policyListParameters = () =>
  queryParameters(policyQuerySchema, {
    country: 'ISO 3166-1 alpha-2 code, EU, INTL, or a country name in any language; repeat or separate with commas',
    year: 'Four-digit year; repeat or separate with commas',
    status: 'Status (canonical value or alias); repeat or separate with commas',
    category: 'Category; repeat or separate with commas',
    legalWeight: 'Legal weight; repeat or separate with commas',
    reviewStatus: 'Review status; repeat or separate with commas',
    q: 'Text to look for in ids, titles, descriptions, tags and sources',
    sort: 'Sort order',
    page: 'Page number, from 1',
    pageSize: 'Records per page, 1–200',
  });

/**
 * The OpenAPI 3.1 document of the JSON API, generated from the zod schemas the API parses its input
 * with and the schemas of what its presenters answer. `serverUrl` is the origin the document is served from.
 */
export function openApiDocument(serverUrl: string) {
  const bearer = [{ bearerAuth: [] }];
  return {
    openapi: '3.1.0',
    info: {
      title: 'CCUS Atlas API',
      version: '1',
      summary: 'CCS policy records with scored analysis, the source documents behind them, CCUS facilities and country profiles, in Chinese, English and Japanese.',
      description:
        'Read endpoints need no authentication. Writes take an API token (Authorization: Bearer <token>) with the write scope; a proposed change becomes a draft that a reviewer approves. Data: CC BY 4.0 (see /downloads for the licence and how to cite).',
      license: { name: 'CC BY 4.0 (data)', identifier: 'CC-BY-4.0' },
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api': { get: { operationId: 'apiIndex', summary: 'List the endpoints', responses: { 200: json('ApiIndex', 'The endpoints') } } },
      '/api/openapi.json': {
        get: { operationId: 'openApi', summary: 'This document', responses: { 200: { description: 'The OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
      '/healthz': { get: { operationId: 'health', summary: 'Liveness and record count', responses: { 200: json('Health', 'The server is up') } } },
      '/api/policies': {
        get: {
          operationId: 'listPolicies',
          summary: 'Policy list with filters, facets and paging',
          parameters: policyListParameters(),
          responses: { 200: json('PolicyList', 'One page of policies'), 400: error('An unknown parameter or value, named in problems') },
        },
      },
      '/api/policies/{id}': {
        get: {
          operationId: 'getPolicy',
          summary: 'One policy with every field',
          parameters: [idParam('Policy id')],
          responses: { 200: json('Policy', 'The record'), 404: error('No such policy') },
        },
        put: {
          operationId: 'proposePolicyChange',
          summary: 'Propose a new version of a policy (becomes a draft for review)',
          security: bearer,
          parameters: [idParam('Policy id; must match record.id')],
          requestBody: { required: true, content: { 'application/json': { schema: ref('ProposeChange') } } },
          responses: {
            202: { description: 'The draft was created', content: { 'application/json': { schema: { type: 'object', properties: { draft: { type: 'string' }, status: { const: 'pending' }, url: { type: 'string' } }, required: ['draft', 'status', 'url'] } } } },
            400: error('Invalid body or record'),
            401: error('No write token'),
            403: error('Read-only token, or a role that may not propose'),
            409: error('The record changed since baseVersion'),
          },
        },
      },
      ...facilityApiPaths(),
      ...documentApiPaths(),
      '/api/drafts': {
        get: {
          operationId: 'listDrafts',
          summary: 'Pending drafts (reviewers)',
          security: bearer,
          responses: {
            200: { description: 'Pending drafts', content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: ref('Draft') } }, required: ['items'] } } } },
            403: error('Reviewers only'),
          },
        },
      },
      ...Object.fromEntries(
        (['approve', 'reject'] as const).map((action) => [
          `/api/drafts/{id}/${action}`,
          {
            post: {
              operationId: `${action}Draft`,
              summary: `${action === 'approve' ? 'Approve' : 'Reject'} a draft (a reviewer other than its author)`,
              security: bearer,
              parameters: [idParam('Draft id')],
              requestBody: { required: false, content: { 'application/json': { schema: ref('Decision') } } },
              responses: {
                200: { description: 'Decided', content: { 'application/json': { schema: { type: 'object', properties: { draft: { type: 'string' }, status: { enum: ['approved', 'rejected'] } }, required: ['draft', 'status'] } } } },
                400: error('Invalid body'),
                401: error('No write token'),
                403: error('Not allowed to decide this draft'),
                404: error('No such draft'),
                409: error('Already decided'),
              },
            },
          },
        ]),
      ),
      '/api/simulate': {
        post: {
          operationId: 'simulate',
          summary: 'Run a support-scheme scenario',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('Scenario') }, 'application/yaml': { schema: ref('Scenario') } },
          },
          responses: {
            200: json('Simulation', 'The simulation'),
            400: error('Invalid scenario, each field named'),
            413: error('Scenario larger than 256 KB'),
            422: error('A run too large for one request'),
          },
        },
      },
    },
    components: {
      schemas: { ...components(OUTPUTS, 'output'), ...components(INPUTS, 'input') },
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token from /<lang>/account/tokens' } },
    },
  };
}
