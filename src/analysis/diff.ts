import { detectLanguage } from '../domain/script.ts';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

export interface FieldChange {
  /** Dotted path of the field, e.g. `analysis.mrv.evidence.en`. */
  path: string;
  before: string | undefined;
  after: string | undefined;
  /** Word-level diff of the text, when both sides are text. */
  parts?: DiffPart[];
}

/** Flattens a record into `path → text`; lists are shown one item per line. */
export function flattenRecord(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (value === undefined || value === null) return out;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      if (value.length > 0) out.set(prefix, value.join('\n'));
    } else value.forEach((v, i) => flattenRecord(v, `${prefix}.${i}`, out));
    return out;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flattenRecord(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  }
  out.set(prefix, String(value));
  return out;
}

const segmenters = new Map<string, Intl.Segmenter>();
/**
 * Splits text into words and the spaces and punctuation between them. Japanese and Chinese are
 * segmented into words by Intl.Segmenter, so a diff of CJK text marks words, not whole sentences.
 */
export function diffTokens(text: string): string[] {
  const locale = detectLanguage(text) ?? 'en';
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** Above this many token pairs the diff gives up on words and shows a whole replacement. */
const MAX_CELLS = 4_000_000;

/** Word-level diff (longest common subsequence over tokens), adjacent parts of a kind merged. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = diffTokens(before);
  const b = diffTokens(after);
  if (a.length * b.length > MAX_CELLS) {
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ];
  }
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return parts;
}

/** The fields that differ between two versions of a record, in path order, each with a word diff. */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const a = flattenRecord(before);
  const b = flattenRecord(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const x = a.get(path);
    const y = b.get(path);
    if (x === y) continue;
    changes.push({ path, before: x, after: y, ...(x !== undefined && y !== undefined ? { parts: diffWords(x, y) } : {}) });
  }
  return changes;
}
