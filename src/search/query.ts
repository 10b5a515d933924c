import { type Concept, matchConcepts } from './glossary/index.ts';

export const SEARCH_FILTER_KEYS = ['type', 'doc', 'country', 'lang', 'level'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];
export type SearchFilters = Record<SearchFilterKey, string[]>;

/** One thing the query asks for: a word, a quoted phrase, or a glossary concept the words named. */
export interface QueryGroup {
  /** As typed. */
  text: string;
  phrase: boolean;
  /** The glossary concept the words name, whose terms in every language are also searched. */
  concept?: Concept;
}

export interface SearchQuery {
  groups: QueryGroup[];
  excluded: QueryGroup[];
  filters: SearchFilters;
}

const FILTER_ALIASES: Record<string, SearchFilterKey> = {
  type: 'type',
  doc: 'doc',
  document: 'doc',
  country: 'country',
  lang: 'lang',
  language: 'lang',
  level: 'level',
};

export const emptyFilters = (): SearchFilters => ({ type: [], doc: [], country: [], lang: [], level: [] });

/**
 * Parses a search box query: words, `"quoted phrases"` (matched exactly, not expanded), `-word` and
 * `-"phrase"` exclusions, and `key:value` filters (`type:`, `doc:`, `country:`, `lang:`, `level:`).
 * Consecutive words that form a glossary term become one concept group (`force majeure`).
 *
 * ### Examples
 * `運輸 "上限価格" -船舶 country:JP` → groups 運輸 and "上限価格" (phrase), excluded 船舶, filter country JP.
 */
export function parseSearchQuery(input: string): SearchQuery {
  const filters = emptyFilters();
  const groups: QueryGroup[] = [];
  const excluded: QueryGroup[] = [];
  let words: string[] = [];
  const flushWords = () => {
    for (const m of matchConcepts(words))
      groups.push({ text: m.text, phrase: false, ...(m.concept ? { concept: m.concept } : {}) });
    words = [];
  };
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const m of input.normalize('NFKC').matchAll(pattern)) {
    const [, minus, quoted, bare] = m;
    if (quoted !== undefined) {
      const text = quoted.trim();
      if (!text) continue;
      flushWords();
      (minus ? excluded : groups).push({ text, phrase: true });
      continue;
    }
    const token = bare!;
    const filter = /^([a-z]+):(.+)$/i.exec(token);
    const key = filter ? FILTER_ALIASES[filter[1]!.toLowerCase()] : undefined;
    if (filter && key) {
      flushWords();
      filters[key].push(...filter[2]!.split(',').filter(Boolean));
      continue;
    }
    if (token.startsWith('-') && token.length > 1) {
      flushWords();
      excluded.push({ text: token.slice(1), phrase: false });
      continue;
    }
    words.push(token);
  }
  flushWords();
  return { groups, excluded, filters };
}
