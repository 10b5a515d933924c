import { LANGS, type Lang } from '../../domain/lang.ts';
import { normalizeText } from '../tokenize.ts';
import { GLOSSARY_SOURCE } from './concepts.ts';

/** One CCS concept with its terms in every language, the preferred term first. */
export interface Concept {
  id: string;
  terms: Record<Lang, string[]>;
}

/** Parses the glossary source; throws on a malformed line (the source is code, so a test catches it). */
export function parseGlossary(source: string): Concept[] {
  return source
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [id, ja, zh, en, ...rest] = line.split('|').map((s) => s.trim());
      if (!id || !ja || !zh || !en || rest.length > 0)
        throw new Error(`glossary line needs id | ja | zh | en: ${line}`);
      const split = (s: string) =>
        s
          .split('/')
          .map((t) => t.trim())
          .filter(Boolean);
      return { id, terms: { ja: split(ja), zh: split(zh), en: split(en) } };
    });
}

export const GLOSSARY: readonly Concept[] = parseGlossary(GLOSSARY_SOURCE);

const BY_TERM = new Map<string, Concept>();
for (const concept of GLOSSARY) {
  for (const lang of LANGS)
    for (const term of concept.terms[lang]) {
      const key = normalizeText(term);
      if (!BY_TERM.has(key)) BY_TERM.set(key, concept);
    }
}
const LONGEST_TERM_WORDS = Math.max(...[...BY_TERM.keys()].map((k) => k.split(' ').length));

/** The concept a term (in any language, any variant) belongs to. */
export function conceptOf(term: string): Concept | undefined {
  return BY_TERM.get(normalizeText(term));
}

/** Every term of a concept, all languages, deduplicated in normalised form. */
export function allTerms(concept: Concept): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const lang of LANGS)
    for (const t of concept.terms[lang]) {
      const key = normalizeText(t);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(t);
      }
    }
  return out;
}

/**
 * Groups consecutive query words into glossary concepts, longest match first:
 * `["force", "majeure", "delay"]` → `[{words: "force majeure", concept: force-majeure}, {words: "delay"}]`.
 */
export function matchConcepts(words: readonly string[]): { text: string; concept?: Concept }[] {
  const out: { text: string; concept?: Concept }[] = [];
  for (let i = 0; i < words.length;) {
    let matched = false;
    for (let j = Math.min(words.length, i + LONGEST_TERM_WORDS); j > i; j--) {
      const text = words.slice(i, j).join(' ');
      const concept = conceptOf(text);
      if (concept) {
        out.push({ text, concept });
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push({ text: words[i]! });
      i++;
    }
  }
  return out;
}
