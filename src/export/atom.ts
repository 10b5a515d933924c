/** One entry of an Atom feed (RFC 4287). */
export interface AtomEntry {
  /** A permanent IRI: the same change always has the same id. */
  id: string;
  title: string;
  /** ISO timestamp. */
  updated: string;
  /** Absolute URL of the page the entry is about. */
  link: string;
  author: string;
  summary: string;
  categories?: readonly string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  /** xml:lang of the feed text (zh-Hans, en, ja). */
  lang: string;
  rights: string;
  /** ISO timestamp used when there are no entries. */
  emptyUpdated: string;
  entries: readonly AtomEntry[];
}

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An Atom 1.0 feed document: feed id, title, updated, self and alternate links, and entries with id, title, updated, link, author and summary. */
export function atomFeed(feed: AtomFeed): string {
  const e = xmlEscape;
  const updated = feed.entries.reduce((max, entry) => (entry.updated > max ? entry.updated : max), '') || feed.emptyUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">`,
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${e(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${e(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    `  <rights>${e(feed.rights)}</rights>`,
    '  <generator>CCUS Atlas</generator>',
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${e(entry.id)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <updated>${e(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
      `    <author><name>${e(entry.author)}</name></author>`,
      ...(entry.categories ?? []).map((c) => `    <category term="${e(c)}"/>`),
      `    <summary type="text">${e(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
