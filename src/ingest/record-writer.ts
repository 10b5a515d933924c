import { stringify } from 'yaml';
import { LANGS } from '../domain/lang.ts';
import { ANALYSIS_DIMENSIONS, type Policy, policySchema } from '../domain/policy.ts';

type Obj = Record<string, unknown>;

/** Drops empty arrays and objects so files stay short; the schema's defaults restore them on read. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) {
      const c = compact(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value ?? undefined;
}

/**
 * Writes a policy as Markdown: YAML front matter in the schema's field order, translatable fields
 * as `{zh, en, ja}` maps, and the description in the body as `<!-- lang: xx -->` sections.
 * `parseRecordMarkdown(policyToMarkdown(p))` gives back `p`.
 */
export function policyToMarkdown(policy: Policy): string {
  const front: Obj = {};
  for (const key of Object.keys(policySchema.shape)) {
    if (key === 'description') continue;
    const value = (policy as Obj)[key];
    if (value !== undefined) front[key] = value;
  }
  const analysis: Obj = {};
  for (const d of ANALYSIS_DIMENSIONS) {
    const dim = policy.analysis[d];
    if (!dim) continue;
    const citation = dim.citation;
    const onlyText = citation && Object.keys(citation).length === 1 && citation.text !== undefined;
    analysis[d] = { ...dim, ...(onlyText ? { citation: citation.text } : {}) };
  }
  front.analysis = analysis;
  const yaml = stringify(compact(front), { lineWidth: 0, minContentWidth: 0, indent: 2 });
  const sections = LANGS.filter((l) => policy.description?.[l] !== undefined).map(
    (l) => `<!-- lang: ${l} -->\n\n${policy.description![l]}\n`,
  );
  return `---\n${yaml}---\n\n${sections.join('\n')}`;
}
