import { stemEnglish } from './stem.ts';

/**
 * The form text is indexed and queried in: `CO<sub>2</sub>` → `CO2`, NFKC (full-width → half-width,
 * compatibility and radical code points folded), lower case, whitespace folded.
 */
export function normalizeText(text: string): string {
  // The replacements run only when there is something to replace: ranking normalises every candidate.
  let t = text.includes('<') ? text.replace(SUB_SUP_TAG, '') : text;
  t = t.normalize('NFKC').toLowerCase();
  if (UNFOLDED_SPACE.test(t)) t = t.replace(SPACE_RUN, ' ');
  return t.trim();
}

const SUB_SUP_TAG = /<\/?su[bp]>/gi;
const SPACE_RUN = /\s+/g;
/** Whitespace other than single spaces. */
const UNFOLDED_SPACE = /[^\S ]| {2}/;

/**
 * normalizeText with a memory, for one pass over many texts that repeat (the section headings of a
 * page of results). Keep it for the pass only: it remembers every distinct text it was given.
 */
export function memoNormalizer(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let n = seen.get(text);
    if (n === undefined) seen.set(text, (n = normalizeText(text)));
    return n;
  };
}

/** Han, kana and Hangul: scripts written without spaces, matched by bigrams. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\p{Script=Hangul}]+/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const segmenters = {
  ja: new Intl.Segmenter('ja', { granularity: 'word' }),
  zh: new Intl.Segmenter('zh', { granularity: 'word' }),
};
const KANA = /[\u3040-\u30ff]/;

export interface Tokens {
  /** Words: Intl.Segmenter words for CJK, lower-cased light-stemmed words for Latin, numbers. */
  words: string[];
  /** Character bigrams of every CJK run (a one-character run gives that character). */
  grams: string[];
}

/** Bigrams of one run of CJK characters, in order (by code point: a supplementary-plane Han counts as one). */
export function bigrams(run: string): string[] {
  const out: string[] = [];
  let previous = -1;
  for (let i = 0; i < run.length; ) {
    const unit = run.charCodeAt(i);
    const size = unit >= 0xd800 && unit <= 0xdbff && i + 1 < run.length ? 2 : 1;
    if (previous >= 0) out.push(run.slice(previous, i + size));
    previous = i;
    i += size;
  }
  if (out.length === 0 && run) out.push(run);
  return out;
}

/**
 * Tokenises normalised text for the index or a query. Japanese and Chinese are split into words
 * with Intl.Segmenter (word granularity) and, separately, into character bigrams, so that a
 * compound the segmenter splits differently in the query and the document still matches by its
 * bigrams. English words are lower-cased and lightly stemmed.
 */
export function tokenize(normalized: string): Tokens {
  const words: string[] = [];
  const grams: string[] = [];
  if (!normalized) return { words, grams };
  const cjk = HAS_CJK.test(normalized);
  if (cjk) {
    const segmenter = KANA.test(normalized) ? segmenters.ja : segmenters.zh;
    for (const s of segmenter.segment(normalized)) {
      if (!s.isWordLike) continue;
      const w = s.segment;
      if (HAS_CJK.test(w)) words.push(w);
      else for (const part of w.split(/[^\p{L}\p{N}]+/u)) if (part) words.push(stemEnglish(part));
    }
    for (const run of normalized.match(CJK_RUN) ?? []) for (const g of bigrams(run)) grams.push(g);
  } else {
    let word = '';
    for (const ch of normalized) {
      if (WORD_CHAR.test(ch)) word += ch;
      else if (word) {
        words.push(stemEnglish(word));
        word = '';
      }
    }
    if (word) words.push(stemEnglish(word));
  }
  return { words, grams };
}

export const hasCjk = (text: string) => HAS_CJK.test(text);
