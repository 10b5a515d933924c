import { z } from 'zod';
import { COUNTRY_CODES } from './countries.ts';
import { httpUrlSchema, isoDateSchema, recordIdSchema } from './common.ts';
import { langSchema } from './lang.ts';

/** The formats a source document can be imported from. */
export const DOCUMENT_FORMATS = ['md', 'txt', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * What describes a source document: who issued it, when, where, in which language, and which policy
 * records rest on it. Front matter or a sidecar YAML file supplies it; the reader infers language and
 * title where that is safe and says so.
 */
export const documentMetaSchema = z
  .object({
    id: recordIdSchema,
    title: z.string().min(1),
    issuer: z.string().min(1).optional(),
    date: isoDateSchema.optional(),
    country: z.enum(COUNTRY_CODES, { error: 'must be an ISO 3166-1 alpha-2 code (or EU, INTL)' }),
    languages: z.array(langSchema).min(1),
    sourceUrl: httpUrlSchema.optional(),
    licence: z.string().min(1).optional(),
    policyIds: z.array(recordIdSchema).default([]),
  })
  .strict();
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/**
 * A section as the document numbers it. `anchor` is built from the numbering path (`4-4.2` for
 * 4-4 (2), `4` for 4., `ref1` for the first "(参考)" appendix, `s2` for the second unnumbered heading
 * at its level), so re-importing an unchanged document gives the same anchors.
 */
export const sectionSchema = z
  .object({
    anchor: z.string().min(1),
    /** The number as printed ("4-4", "(2)", "（２）"), empty for unnumbered headings. */
    number: z.string(),
    title: z.string(),
    level: z.number().int().min(1),
    parent: z.string().min(1).optional(),
  })
  .strict();
export type Section = z.infer<typeof sectionSchema>;

export const PASSAGE_KINDS = ['paragraph', 'list', 'table'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

/**
 * The unit search returns: a paragraph, a list item with its sub-items, or a whole table. `text` is
 * the original text for display; `anchor` is the section anchor plus `.p` and the ordinal in it.
 */
export const passageSchema = z
  .object({
    anchor: z.string().min(1),
    section: z.string().min(1),
    ordinal: z.number().int().min(1),
    kind: z.enum(PASSAGE_KINDS),
    /** A bullet-marked heading (○ セメントセクター) this passage is the first under. */
    label: z.string().optional(),
    text: z.string().min(1),
    /** Table rows, cells kept as written. */
    rows: z.array(z.array(z.string())).optional(),
    lang: langSchema,
    /** 1-based line in the source where the passage starts (text formats). */
    line: z.number().int().min(1).optional(),
  })
  .strict();
export type Passage = z.infer<typeof passageSchema>;

export const sourceDocumentSchema = z
  .object({
    meta: documentMetaSchema,
    format: z.enum(DOCUMENT_FORMATS),
    sections: z.array(sectionSchema),
    passages: z.array(passageSchema).min(1),
    /** sha256 of the source bytes, to tell re-imports of unchanged files. */
    sha256: z.string(),
  })
  .strict();
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

/** The passage anchor for ordinal `n` of a section. */
export const passageAnchor = (section: string, n: number) => `${section}.p${n}`;
