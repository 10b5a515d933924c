import { groupTerms } from './match-plan.ts';
import type { SearchQuery } from './query.ts';
import { stemEnglish } from './stem.ts';
import { hasCjk, normalizeText } from './tokenize.ts';

/** Why a result matched: each query group and the terms of it found in the text. */
export interface MatchReason {
  /** The query text of the group. */
  query: string;
  /** Terms found in the result (the typed term, or glossary terms in other languages). */
  terms: string[];
  /** The glossary concept that supplied the terms, when one did. */
  concept?: string;
}

/** The needles to highlight for a query: every term of every group. */
export function queryNeedles(query: SearchQuery): string[] {
  return query.groups.flatMap(groupTerms);
}

/** Which terms of each group occur in `text` (heading and body of the result). */
export function explainMatch(query: SearchQuery, text: string): MatchReason[] {
  const norm = normalizeText(text);
  let stems: Set<string> | undefined;
  const found = (term: string) => {
    const n = normalizeText(term);
    if (hasCjk(n) || n.includes(' ')) return norm.includes(n);
    stems ??= new Set((norm.match(/[\p{L}\p{N}]+/gu) ?? []).map(stemEnglish));
    return stems.has(stemEnglish(n));
  };
  return query.groups.map((group) => {
    const terms = groupTerms(group).filter(found);
    return { query: group.text, terms, ...(group.concept ? { concept: group.concept.id } : {}) };
  });
}
