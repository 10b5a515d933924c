import { allTerms } from './glossary/index.ts';
import type { QueryGroup, SearchQuery } from './query.ts';
import { bigrams, hasCjk, normalizeText, tokenize } from './tokenize.ts';

/** The indexed columns, in the order of the FTS table. */
export const FTS_COLUMNS = ['head_words', 'head_grams', 'body_words', 'body_grams'] as const;
/** BM25 weights per column: a match in the section heading counts three times a match in the body. */
export const FTS_WEIGHTS = [3, 3, 1, 1] as const;

/**
 * Prefixed to every bigram in the index, so that a bigram never equals a word (the word 事業 and the
 * bigram 事業 are different index terms) and a phrase finds only its own kind of token without a
 * column filter, which FTS5 checks by reading the position list of every row it passes. A private-use
 * character: tokenize never puts one in a word or a bigram, and FTS5's ascii tokenizer keeps it in
 * the token.
 */
export const GRAM_MARK = '\ue000';
const marked = (grams: readonly string[]) => grams.map((g) => GRAM_MARK + g);

const quote = (tokens: readonly string[]) => `"${tokens.join(' ').replace(/"/g, '""')}"`;
const CJK_SPLIT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\p{Script=Hangul}]+)/u;

/**
 * The FTS5 expression for one term: CJK runs as a phrase of their (marked) bigrams, a substring
 * match, or'ed with the phrase of their Intl.Segmenter words (which ranks word-aligned matches
 * higher; they match nothing the bigrams do not, so an unranked search leaves them out with
 * `wordPhrases: false`); other text as a phrase of stemmed words. Words, bigrams and filter tags
 * are distinct index terms, so no phrase needs a column filter. Undefined when nothing to match.
 */
export function termExpression(term: string, options: { wordPhrases?: boolean } = {}): string | undefined {
  const wordPhrases = options.wordPhrases ?? true;
  const parts: string[] = [];
  for (const chunk of normalizeText(term).split(CJK_SPLIT)) {
    if (!chunk.trim()) continue;
    if (hasCjk(chunk)) {
      const grams = bigrams(chunk);
      // A one-character term is the prefix of the bigrams it starts (and the bigram of a one-character run).
      const gramPhrase =
        grams.length === 1 && [...chunk].length === 1 ? `${quote(marked(grams))} *` : quote(marked(grams));
      const words = tokenize(chunk).words;
      parts.push(wordPhrases && words.length > 0 ? `(${gramPhrase} OR ${quote(words)})` : gramPhrase);
    } else {
      const words = tokenize(chunk).words;
      if (words.length > 0) parts.push(quote(words));
    }
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
}

/** The terms a group searches: itself, and for a glossary concept every term in every language. */
export function groupTerms(group: QueryGroup): string[] {
  if (!group.concept) return [group.text];
  const terms = allTerms(group.concept);
  return terms.some((t) => normalizeText(t) === normalizeText(group.text)) ? terms : [group.text, ...terms];
}

/**
 * Drops terms that contain another term of the same group: every passage the longer one matches,
 * the shorter one matches too (CJK terms match as substrings, English ones as word sequences), so
 * the result set is the same with fewer phrases to evaluate.
 *
 * ### Examples
 * `["分離回収", "回収", "CO2回収", "capture", "carbon capture"]` → `["回収", "capture"]`.
 */
export function pruneContained(terms: readonly string[]): string[] {
  const forms = terms.map((t) => {
    const n = normalizeText(t);
    return { term: t, n, words: hasCjk(n) ? undefined : ` ${tokenize(n).words.join(' ')} ` };
  });
  return forms
    .filter(
      (a) =>
        !forms.some((b) => {
          if (b === a || b.n === a.n || b.n.length >= a.n.length) return false;
          if (b.words === undefined) return [...b.n].length >= 2 && a.n.includes(b.n);
          return a.words !== undefined && b.words.trim() !== '' && a.words.includes(b.words);
        }),
    )
    .map((f) => f.term);
}

/**
 * The FTS5 MATCH expression for a parsed query: groups and'ed, each group the or of its terms,
 * exclusions appended with NOT. Undefined when nothing positive is asked (an empty query or only
 * exclusions and filters).
 */
export function matchExpression(
  query: SearchQuery,
  options: { wordPhrases?: boolean } = {},
): string | undefined {
  const positive: string[] = [];
  for (const group of query.groups) {
    const alternatives = [
      ...new Set(
        pruneContained(groupTerms(group))
          .map((t) => termExpression(t, options))
          .filter((e): e is string => e !== undefined),
      ),
    ];
    if (alternatives.length > 0)
      positive.push(alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`);
  }
  if (positive.length === 0) return undefined;
  let expression = positive.join(' AND ');
  for (const group of query.excluded) {
    const e = termExpression(group.text, { wordPhrases: false });
    if (e) expression = `(${expression}) NOT ${e}`;
  }
  return expression;
}

/** Marked bigrams as one column string, joined in one pass. */
const markedColumn = (grams: readonly string[]) => (grams.length === 0 ? '' : GRAM_MARK + grams.join(` ${GRAM_MARK}`));

type HeadColumns = { head_words: string; head_grams: string };
const headingCache = new Map<string, HeadColumns>();

/** The heading columns of a section path; every passage of a section shares them, so they are kept (up to 10,000 headings). */
function headingColumns(heading: string): HeadColumns {
  let columns = headingCache.get(heading);
  if (!columns) {
    if (headingCache.size >= 10_000) headingCache.clear();
    const tokens = tokenize(normalizeText(heading));
    columns = { head_words: tokens.words.join(' '), head_grams: markedColumn(tokens.grams) };
    headingCache.set(heading, columns);
  }
  return columns;
}

/** Text to index for a passage: its section path (titles) and its body, tokenised into the four columns. */
export function indexColumns(heading: string, body: string): Record<(typeof FTS_COLUMNS)[number], string> {
  const text = tokenize(normalizeText(body));
  return {
    ...headingColumns(heading),
    body_words: text.words.join(' '),
    body_grams: markedColumn(text.grams),
  };
}
