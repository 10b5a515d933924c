/**
 * Filter tokens indexed with every passage (FTS5's `tags` column), so that a filtered search
 * (`lang:zh level:2 country:JP doc:…`) is one index intersection instead of a row lookup per match.
 * Each passage gets exactly TAG_COUNT tokens; the column has weight 0 in BM25, but its tokens still
 * count towards a row's length, which PostgreSQL's BM25 mirrors (src/store/postgres-search.ts).
 * Each token is a private-use mark followed by lower-case ASCII letters and digits: FTS5's ascii
 * tokenizer keeps it whole, and no word of a passage can equal it, so neither the filter nor a
 * search for the word "level2" needs a column filter.
 */
export const TAG_COUNT = 4;

export interface TaggedPassage {
  documentId: string;
  lang: string;
  level: number;
  country: string;
}

export interface TagFilters {
  doc?: readonly string[];
  country?: readonly string[];
  lang?: readonly string[];
  level?: readonly number[];
}

/** Hex of the UTF-8 bytes: any id becomes one token, and different ids stay different. */
const hex = (value: string) => Buffer.from(value, 'utf8').toString('hex');

/** Language and country codes are ASCII letters already; anything else is dropped, not escaped. */
const code = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');

const TAG_MARK = '\ue001';
const tag = {
  doc: (id: string) => `${TAG_MARK}doc${hex(id)}`,
  lang: (lang: string) => `${TAG_MARK}lang${code(lang)}`,
  level: (level: number) => `${TAG_MARK}level${Math.trunc(level)}`,
  country: (country: string) => `${TAG_MARK}country${code(country)}`,
};

/** The tags column of one passage. */
export function passageTags(p: TaggedPassage): string {
  return [tag.doc(p.documentId), tag.lang(p.lang), tag.level(p.level), tag.country(p.country)].join(' ');
}

/**
 * The FTS5 expression that keeps only passages matching the filters (values of one filter are
 * alternatives, filters combine), or undefined when nothing is filtered.
 */
export function tagFilterExpression(filters: TagFilters): string | undefined {
  const parts: string[] = [];
  const add = (tokens: string[]) => {
    if (tokens.length > 0) parts.push(`(${[...new Set(tokens)].map((t) => `"${t}"`).join(' OR ')})`);
  };
  add((filters.doc ?? []).map(tag.doc));
  add((filters.country ?? []).map(tag.country));
  add((filters.lang ?? []).map(tag.lang));
  add((filters.level ?? []).filter(Number.isFinite).map(tag.level));
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}
