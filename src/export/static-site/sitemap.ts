import { LANGS } from '../../domain/lang.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A sitemap of the exported pages. Pages that exist in zh, en and ja list each other as
 * `hreflang` alternates (x-default points at English).
 */
export function sitemapXml(urls: readonly string[], absolute: (url: string) => string): string {
  const set = new Set(urls);
  const entries = urls.map((url) => {
    const match = /^\/(zh|en|ja)(\/.*)?$/.exec(url);
    const alternates = match
      ? LANGS.map((l) => `/${l}${match[2] ?? ''}`)
          .filter((u) => set.has(u))
          .map((u) => `<xhtml:link rel="alternate" hreflang="${u.slice(1, 3) === 'zh' ? 'zh-Hans' : u.slice(1, 3)}" href="${escape(absolute(u))}"/>`)
      : [];
    if (match && set.has(`/en${match[2] ?? ''}`)) {
      alternates.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${escape(absolute(`/en${match[2] ?? ''}`))}"/>`);
    }
    return `<url><loc>${escape(absolute(url))}</loc>${alternates.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
