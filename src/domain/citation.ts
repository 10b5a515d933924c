import { z } from 'zod';
import { httpUrlSchema } from './common.ts';

/**
 * A structured reference to the source behind a statement. `documentId` + `anchor` point at a stored
 * passage (e.g. the document's own "4-4 (2)"); `text` is the human-readable title and article;
 * `url` points outside. A citation with only text or a URL is external.
 */
export const citationSchema = z
  .object({
    text: z.string().min(1).optional(),
    documentId: z.string().min(1).optional(),
    anchor: z.string().min(1).optional(),
    url: httpUrlSchema.optional(),
  })
  .strict()
  .refine((c) => c.text || c.documentId || c.url, { error: 'a citation needs text, a document or a URL' })
  .refine((c) => !c.anchor || c.documentId, { error: 'a passage anchor needs a documentId', path: ['anchor'] });
export type Citation = z.infer<typeof citationSchema>;

export type CitationKind = 'passage' | 'document' | 'external';

export function citationKind(citation: Citation): CitationKind {
  if (citation.documentId && citation.anchor) return 'passage';
  if (citation.documentId) return 'document';
  return 'external';
}
