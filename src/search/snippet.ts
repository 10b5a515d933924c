import { stemEnglish } from './stem.ts';
import { hasCjk, normalizeText } from './tokenize.ts';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Display text: the original with `<sub>`/`<sup>` tags removed (CO<sub>2</sub> reads CO2). */
export const displayText = (text: string) => text.replace(/<\/?su[bp]>/gi, '');

/**
 * Character ranges of `text` (display form) that match any needle: CJK and phrase needles as
 * substrings in normalised form (NFKC, lower case), English words by their stem.
 */
export function matchRanges(text: string, needles: readonly string[]): [number, number][] {
  // Normalise char by char, keeping where each normalised char came from.
  let norm = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const n = ch.normalize('NFKC').toLowerCase();
    for (let k = 0; k < n.length; k++) origin.push(i);
    norm += n;
    i += ch.length;
  }
  origin.push(text.length);
  const ranges: [number, number][] = [];
  const stems = new Set<string>();
  for (const needle of needles) {
    const n = normalizeText(needle);
    if (!n) continue;
    if (hasCjk(n) || n.includes(' ')) {
      for (let at = norm.indexOf(n); at >= 0; at = norm.indexOf(n, at + n.length)) {
        ranges.push([origin[at]!, origin[at + n.length] ?? text.length]);
      }
    } else stems.add(stemEnglish(n));
  }
  if (stems.size > 0) {
    for (const m of norm.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (stems.has(stemEnglish(m[0])) || stems.has(m[0]))
        ranges.push([origin[m.index]!, origin[m.index + m[0].length] ?? text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** HTML of `text` with the ranges wrapped in `<mark>`; everything else escaped. */
export function markRanges(
  text: string,
  ranges: readonly [number, number][],
  from = 0,
  to = text.length,
): string {
  let html = '';
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    html += escapeHtml(text.slice(at, start)) + `<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/**
 * A highlighted excerpt of about `width` characters around the densest cluster of matches, as safe
 * HTML with `<mark>`; `…` where text was cut.
 */
export function snippet(original: string, needles: readonly string[], width = 140): string {
  const text = displayText(original).replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(text, needles);
  if (text.length <= width) return markRanges(text, ranges);
  let bestStart = 0;
  let bestCount = -1;
  for (const [s] of ranges) {
    const start = Math.max(0, s - Math.floor(width / 4));
    const count = ranges.filter(([a, b]) => a >= start && b <= start + width).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  const end = Math.min(text.length, bestStart + width);
  const start = Math.max(0, Math.min(bestStart, end - width));
  return `${start > 0 ? '…' : ''}${markRanges(text, ranges, start, end)}${end < text.length ? '…' : ''}`;
}
