import { flattenRecord } from './diff.ts';

/**
 * The fields a revision changed, named by their first two path segments (`analysis.mrv`, `title`),
 * in the order the record holds them. A creation or deletion lists every field present.
 *
 * ### Example
 * Before `{title: {en: 'A'}, year: 2020}`, after `{title: {en: 'B'}, year: 2020}` → `['title.en']`.
 */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = flattenRecord(before);
  const b = flattenRecord(after);
  const out: string[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(path) === b.get(path)) continue;
    const short = path.split('.').slice(0, 2).join('.');
    if (!out.includes(short)) out.push(short);
  }
  return out;
}
