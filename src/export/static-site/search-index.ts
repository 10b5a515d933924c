import { normalizeForSearch } from '../../search/normalize.ts';

export interface StaticSearchEntry {
  /** Public URL of the page. */
  u: string;
  /** Page title. */
  t: string;
  /** Page language. */
  l: string;
  /** Normalised text of the page (title, headings and body), cut to a length. */
  x: string;
}

const MAX_TEXT = 4000;

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Extracts the searchable text of a rendered page: its title and the text of `<main>`. */
export function searchEntryFor(html: string, url: string): StaticSearchEntry | undefined {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1];
  if (!title || !main) return undefined;
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1]?.slice(0, 2) ?? 'en';
  const text = decode(
    main
      .replace(/<(script|style|svg|form)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
  return { u: url, t: decode(title).replace(/ · CCUS Atlas$/, ''), l: lang, x: normalizeForSearch(text).slice(0, MAX_TEXT) };
}
