import { LineCounter, parseDocument } from 'yaml';
import { type DocumentMeta, documentMetaSchema } from '../../domain/document.ts';
import { isLang, type Lang } from '../../domain/lang.ts';
import type { Problem } from '../../domain/problem.ts';

/** Keys accepted in front matter or a sidecar, with the spellings people write. */
const ALIASES: Record<string, keyof DocumentMeta | 'kind' | 'language'> = {
  id: 'id',
  title: 'title',
  issuer: 'issuer',
  issuingBody: 'issuer',
  issuing_body: 'issuer',
  publisher: 'issuer',
  date: 'date',
  country: 'country',
  language: 'language',
  lang: 'language',
  languages: 'languages',
  sourceUrl: 'sourceUrl',
  source_url: 'sourceUrl',
  source: 'sourceUrl',
  url: 'sourceUrl',
  licence: 'licence',
  license: 'licence',
  policyIds: 'policyIds',
  policies: 'policyIds',
  kind: 'kind',
};

export interface RawMeta {
  values: Record<string, unknown>;
  /** Line of each key in the file, for problems. */
  lines: Record<string, number>;
}

/** Parses document metadata YAML; unknown keys and YAML errors are problems. */
export function parseMetaYaml(
  yaml: string,
  file: string,
  firstLine: number,
): { meta?: RawMeta; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: firstLine - 1 + counter.linePos(e.pos[0]).line,
        message: `YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const raw = doc.toJS() as unknown;
  if (raw === null || raw === undefined) return { meta: { values: {}, lines: {} }, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { problems: [{ file, line: firstLine, message: 'metadata must be a YAML mapping' }] };
  const values: Record<string, unknown> = {};
  const lines: Record<string, number> = {};
  const problems: Problem[] = [];
  const map = doc.contents as { items?: { key: { value: string; range?: [number] } }[] };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const item = map.items?.find((i) => i.key.value === key);
    const line = item?.key.range ? firstLine - 1 + counter.linePos(item.key.range[0]).line : firstLine;
    const target = ALIASES[key];
    if (!target) {
      problems.push({
        file,
        line,
        field: key,
        message: `unknown metadata key (expected one of ${[...new Set(Object.values(ALIASES))].join(', ')})`,
      });
      continue;
    }
    values[target] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    lines[target] = line;
  }
  return { meta: { values, lines }, problems };
}

/** The id a file name gives, when it is a valid slug: `jp-report-2025.pdf` → `jp-report-2025`. */
export function idFromFileName(file: string): string | undefined {
  const base = file
    .split(/[\\/]/)
    .at(-1)!
    .replace(/\.(md|markdown|txt|html?|pdf)$/i, '')
    .toLowerCase();
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(base) ? base : undefined;
}

export interface Inferred {
  title?: string;
  languages: Lang[];
  id?: string;
}

/**
 * Validates metadata, filling what is missing and safe to infer (id from the file name, title from
 * the first heading, languages from the text's script) and saying what was inferred in `notes`.
 */
export function resolveMeta(
  raw: RawMeta,
  inferred: Inferred,
  file: string,
): { ok: true; meta: DocumentMeta; notes: string[] } | { ok: false; problems: Problem[] } {
  const values = { ...raw.values };
  const notes: string[] = [];
  delete values.kind;
  if (values.language !== undefined) {
    values.languages = Array.isArray(values.language) ? values.language : [values.language];
    raw.lines.languages = raw.lines.language!;
    delete values.language;
  }
  if (typeof values.languages === 'string') values.languages = [values.languages];
  if (values.languages === undefined && inferred.languages.length > 0) {
    values.languages = inferred.languages;
    notes.push(`languages inferred from the text: ${inferred.languages.join(', ')}`);
  }
  if (values.title === undefined && inferred.title) {
    values.title = inferred.title;
    notes.push(`title inferred from the first heading: ${inferred.title}`);
  }
  if (values.id === undefined && inferred.id) {
    values.id = inferred.id;
    notes.push(`id inferred from the file name: ${inferred.id}`);
  }
  if (typeof values.country === 'string') values.country = values.country.toUpperCase();
  if (Array.isArray(values.languages))
    values.languages = values.languages.map((l) => (typeof l === 'string' ? l.toLowerCase() : l));
  const parsed = documentMetaSchema.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        const missing = values[field] === undefined;
        return {
          file,
          line: raw.lines[field],
          field,
          message: missing ? 'is required and cannot be inferred' : issue.message,
        };
      }),
    };
  }
  if (parsed.data.languages.some((l) => !isLang(l)))
    return { ok: false, problems: [{ file, field: 'languages', message: 'unknown language' }] };
  return { ok: true, meta: parsed.data, notes };
}
