import { z } from 'zod';
import { DOCUMENT_FORMATS, documentMetaSchema, PASSAGE_KINDS, sectionSchema } from '../../domain/document.ts';
import { langSchema } from '../../domain/lang.ts';
import { SEARCH_FILTER_KEYS } from '../../search/query.ts';

/**
 * What the search, document and glossary endpoints answer (src/server/presenters/document.ts and
 * glossary.ts), in zod, for the OpenAPI document.
 */
export const presentedPassageSchema = z
  .object({
    documentId: z.string(),
    anchor: z.string().describe('Section anchor, ".p" and the ordinal in the section: 4-4.2.p1'),
    section: z.string(),
    sectionLabel: z.string().describe('The section path as the document numbers it: 4-4 (2)'),
    kind: z.enum(PASSAGE_KINDS),
    label: z.string().optional().describe('A bullet-marked heading this passage is the first under'),
    lang: langSchema,
    text: z.string().describe('The original text'),
    rows: z.array(z.array(z.string())).optional().describe('Table rows, cells as written'),
    url: z.string(),
  })
  .strict()
  .describe('One passage of a source document');

export const presentedSectionSchema = z
  .object({
    documentId: z.string(),
    anchor: z.string(),
    number: z.string().describe('The number as printed, empty for unnumbered headings'),
    title: z.string(),
    label: z.string(),
    level: z.number().int().min(1),
    parent: z.string().optional(),
    passages: z.array(presentedPassageSchema).describe('The passages of the section and its sub-sections'),
  })
  .strict()
  .describe('One section with its passages');

export const presentedDocumentSchema = documentMetaSchema
  .extend({
    format: z.enum(DOCUMENT_FORMATS),
    sha256: z.string(),
    version: z.number().int().min(1),
    sections: z.array(sectionSchema.extend({ label: z.string(), url: z.string() }).strict()),
    passages: z.array(presentedPassageSchema),
  })
  .strict()
  .describe('A source document: metadata, the section outline and every passage');

export const documentListSchema = z
  .object({
    total: z.number().int(),
    items: z.array(
      documentMetaSchema
        .extend({
          format: z.enum(DOCUMENT_FORMATS),
          passages: z.number().int().describe('Passage count'),
          sections: z.number().int().describe('Section count'),
          url: z.string(),
        })
        .strict(),
    ),
  })
  .strict();

const matchReasonSchema = z
  .object({
    query: z.string().describe('The query group as typed'),
    terms: z.array(z.string()).describe('Terms of the group found in the result, in any language'),
    concept: z.string().optional().describe('The glossary concept that supplied the terms'),
  })
  .strict();

export const searchResultSchema = z
  .object({
    q: z.string(),
    query: z
      .object({
        groups: z.array(
          z.object({ text: z.string(), phrase: z.boolean(), concept: z.string().optional() }).strict(),
        ),
        excluded: z.array(z.string()),
        filters: z.object(Object.fromEntries(SEARCH_FILTER_KEYS.map((k) => [k, z.array(z.string())]))).strict(),
      })
      .strict()
      .describe('How the query was read: groups (with the glossary concept each names), exclusions, filters'),
    total: z.number().int().describe('Matching passages, counted up to a limit'),
    totalIsLowerBound: z.boolean().describe('True when more passages match than were counted'),
    rankedAll: z.boolean().describe('False when only the most recently indexed matches were ranked'),
    page: z.number().int().min(1),
    pages: z.number().int().min(1).describe('Pages of ranked passages (at most the best 500 are ranked)'),
    limit: z.number().int().min(1).describe('Passages per page'),
    next: z.string().nullable().describe('The next page, or null on the last one'),
    documents: z
      .array(
        z
          .object({
            documentId: z.string(),
            documentTitle: z.string(),
            country: z.string(),
            url: z.string(),
            passages: z.array(
              z
                .object({
                  anchor: z.string(),
                  sectionLabel: z.string(),
                  heading: z.string().describe('The section path with titles'),
                  headingHtml: z.string().describe('The section path, escaped, with the matches in <mark>'),
                  kind: z.enum(PASSAGE_KINDS),
                  lang: langSchema,
                  snippetHtml: z.string().describe('Escaped text with the matches in <mark>'),
                  url: z.string().describe('The passage in the reader, highlighted'),
                  jsonUrl: z.string(),
                  matched: z.array(matchReasonSchema),
                  score: z.number().describe('BM25, lower is better'),
                })
                .strict(),
            ),
          })
          .strict(),
      )
      .describe('The best passages, grouped by document, documents in the order of their best passage'),
    records: z.array(
      z
        .object({
          type: z.enum(['policy', 'facility']),
          id: z.string(),
          title: z.string(),
          country: z.string(),
          url: z.string(),
          snippetHtml: z.string(),
          matched: z.array(matchReasonSchema),
        })
        .strict(),
    ),
    facets: z.array(
      z
        .object({
          key: z.enum(['type', 'doc', 'country', 'lang', 'level']),
          values: z.array(
            z.object({ value: z.string(), label: z.string(), count: z.number().int(), selected: z.boolean() }).strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict()
  .describe('Passages and records matching a query');

export const glossarySchema = z
  .object({
    total: z.number().int(),
    concepts: z.array(
      z
        .object({
          id: z.string(),
          terms: z.object({ ja: z.array(z.string()), zh: z.array(z.string()), en: z.array(z.string()) }).strict(),
        })
        .strict(),
    ),
  })
  .strict()
  .describe('CCS concepts with their terms in each language, the preferred term first');
