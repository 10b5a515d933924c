import { SEARCH_FILTER_KEYS, type SearchFilterKey } from '../../search/query.ts';
import { error, json, pathParam } from './helpers.ts';

const FILTER_DESCRIPTIONS: Record<SearchFilterKey, string> = {
  type: 'Result type: passage (document passages), policy, facility',
  doc: 'Document id',
  country: 'ISO 3166-1 alpha-2 code',
  lang: 'Passage language: zh, en, ja',
  level: 'Section level (1 for top-level sections)',
};

/** The search, source-document and glossary endpoints of the OpenAPI document. */
export function documentApiPaths() {
  const documentId = pathParam('id', 'Document id');
  return {
    '/api/search': {
      get: {
        operationId: 'search',
        summary: 'Search passages of source documents and policy/facility records',
        description:
          'Words are and-ed; "quoted phrases" match exactly; -word excludes; filters can also be written in q (country:JP lang:ja). A term naming a glossary concept is searched in Chinese, English and Japanese, and each result says which terms matched.',
        parameters: [
          { name: 'q', in: 'query', required: false, description: 'The query', schema: { type: 'string', maxLength: 500 } },
          { name: 'limit', in: 'query', required: false, description: 'Passages per page, 1–100', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          { name: 'page', in: 'query', required: false, description: 'Page of ranked passages, from 1; records are listed on the first page', schema: { type: 'integer', minimum: 1, maximum: 500, default: 1 } },
          ...SEARCH_FILTER_KEYS.map((name) => ({
            name,
            in: 'query',
            required: false,
            description: `${FILTER_DESCRIPTIONS[name]}; repeat for several`,
            style: 'form',
            explode: true,
            schema: { type: 'array', items: { type: 'string' } },
          })),
        ],
        responses: { 200: json('SearchResult', 'Matching passages and records'), 400: error('An unknown parameter or a query too long') },
      },
    },
    '/api/documents': {
      get: { operationId: 'listDocuments', summary: 'Source documents', responses: { 200: json('DocumentList', 'Every document with its sizes') } },
    },
    '/api/documents/{id}': {
      get: {
        operationId: 'getDocument',
        summary: 'One source document with its outline and passages',
        parameters: [documentId],
        responses: { 200: json('Document', 'The document'), 404: error('No such document') },
      },
    },
    '/api/documents/{id}/passages/{anchor}': {
      get: {
        operationId: 'getPassage',
        summary: 'A passage by its anchor (4-4.2.p1), or a section with its passages (4-4.2)',
        parameters: [documentId, pathParam('anchor', 'Passage or section anchor')],
        responses: {
          200: {
            description: 'The passage, or the section',
            content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/Passage' }, { $ref: '#/components/schemas/Section' }] } } },
          },
          404: error('No such document, or no such anchor in it'),
        },
      },
    },
    '/api/glossary': {
      get: { operationId: 'glossary', summary: 'The CCS glossary behind cross-language search', responses: { 200: json('Glossary', 'Every concept') } },
    },
  };
}
