import { LineCounter, parseDocument } from 'yaml';
import { type Lang, isLang } from '../domain/lang.ts';
import { type Policy, policySchema } from '../domain/policy.ts';
import type { Problem } from '../domain/problem.ts';
import { detectLanguage } from '../domain/script.ts';
import { splitFrontMatter } from './front-matter.ts';
import { shapePolicyInput } from './record-shape.ts';
import { lineFor, locatedValue } from './yaml-values.ts';

/** Record files larger than this are refused rather than parsed. */
export const MAX_RECORD_BYTES = 2 * 1024 * 1024;

export type ParseResult<T> = { ok: true; value: T; lang: Lang } | { ok: false; problems: Problem[] };

const LANG_MARKER = /^<!--\s*lang:\s*(zh|en|ja)\s*-->\s*$/gm;

/** Splits a body written as `<!-- lang: en -->` sections; undefined when the body has no markers. */
export function splitLanguageSections(body: string): Partial<Record<Lang, string>> | undefined {
  const markers = [...body.matchAll(LANG_MARKER)];
  if (markers.length === 0) return undefined;
  const sections: Partial<Record<Lang, string>> = {};
  markers.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = markers[i + 1]?.index ?? body.length;
    const text = body.slice(start, end).trim();
    if (text) sections[m[1] as Lang] = text;
  });
  return sections;
}

/** The language of a single-language file: its `lang` key, a `/en/`-style folder, or its script. */
function fileLanguage(raw: Record<string, unknown>, file: string, body: string): Lang {
  if (isLang(raw.lang)) return raw.lang;
  const folder = /(?:^|[\\/])(zh|en|ja)[\\/][^\\/]*$/.exec(file)?.[1];
  if (folder && isLang(folder)) return folder;
  const sample = [raw.title, raw.description, body].filter((v) => typeof v === 'string').join(' ');
  return detectLanguage(sample) ?? 'en';
}

/**
 * Reads a policy record from Markdown with YAML front matter, in block style (seed files) or flow
 * style with quoted keys and `\r` line ends. Returns the record or every problem with its line.
 */
export function parseRecordMarkdown(text: string, file = '<input>'): ParseResult<Policy> {
  if (text.length > MAX_RECORD_BYTES) {
    return { ok: false, problems: [{ file, message: `file is larger than ${MAX_RECORD_BYTES} bytes` }] };
  }
  const parts = splitFrontMatter(text);
  if (!parts) {
    return { ok: false, problems: [{ file, line: 1, message: 'missing YAML front matter (a first line "---")' }] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(parts.yaml, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line + parts.yamlStartLine - 1,
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  let located;
  try {
    located = locatedValue(doc, counter, parts.yamlStartLine - 1);
  } catch (error) {
    return { ok: false, problems: [{ file, message: (error as Error).message }] };
  }
  const raw = located.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ file, line: parts.yamlStartLine, message: 'front matter must be a mapping' }] };
  }
  const record = { ...(raw as Record<string, unknown>) };
  const lang = fileLanguage(record, file, parts.body);
  delete record.lang;
  const sections = splitLanguageSections(parts.body);
  const bodyText = parts.body.trim();
  const shaped = shapePolicyInput(record, lang) as Record<string, unknown>;
  if (sections) shaped.description = sections;
  else if (bodyText) shaped.description = { ...(shaped.description as object), [lang]: bodyText };

  const result = policySchema.safeParse(shaped);
  if (!result.success) {
    const bodyLine = parts.yamlStartLine + parts.yaml.split('\n').length;
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        const field = issue.path.map(String).join('.');
        const line = lineFor(located.lines, issue.path.map(String)) ?? (field.startsWith('description') ? bodyLine : 1);
        return { file, line, field: field || undefined, message: issue.message };
      }),
    };
  }
  return { ok: true, value: result.data, lang };
}
