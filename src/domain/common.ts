import { z } from 'zod';

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDateSchema = z.string().superRefine((s, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date (YYYY-MM-DD)' });
    return;
  }
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
    ctx.addIssue({ code: 'custom', message: 'is not a real calendar date' });
  }
});

/** Record ids are lowercase slugs: they appear in URLs and file names. */
export const recordIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lowercase slug (a-z, 0-9 and single hyphens)' })
  .max(120);

export const httpUrlSchema = z
  .string()
  .url({ error: 'must be an absolute URL' })
  .refine((s) => /^https?:\/\//i.test(s), { error: 'must be an http(s) URL' });

/** Who wrote a record, who reviewed it and when it was last audited. */
export const provenanceSchema = z
  .object({
    author: z.string().min(1).optional(),
    reviewer: z.string().min(1).optional(),
    lastAuditDate: isoDateSchema.optional(),
  })
  .strict();
export type Provenance = z.infer<typeof provenanceSchema>;

/** Reviewer values that mean "nobody has reviewed this yet". */
const PENDING_REVIEWER = /pending|待|未|todo|tbd|none|n\/a/i;

/** True when the provenance names a real reviewer (not a placeholder such as "Human Audit Pending"). */
export function hasNamedReviewer(provenance: Provenance): boolean {
  return provenance.reviewer !== undefined && !PENDING_REVIEWER.test(provenance.reviewer);
}
