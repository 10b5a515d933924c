/**
 * Where a URL of the live site lives in the static export. HTML pages become folders with an
 * index.html (`/en/policies/x` → `en/policies/x/index.html`); files with an extension keep it
 * (`/policies/x.json`); a query string becomes one more folder level (`/en/policies?country=JP` →
 * `en/policies/_country-JP/index.html`), since static hosts ignore queries.
 */
export function staticPathFor(url: string, isHtml: boolean): string {
  const parsed = new URL(url, 'http://site.invalid');
  let path = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
  const params = [...parsed.searchParams].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
  const query = params.length ? `_${params.map(([k, v]) => `${k}-${encodeURIComponent(v).replace(/%/g, '~')}`).join('_')}` : '';
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1];
  if (!isHtml && ext) {
    if (!query) return path;
    const dot = path.lastIndexOf('.');
    return `${path.slice(0, dot)}/${query}.${ext}`;
  }
  if (path.endsWith('/')) path = path.slice(0, -1);
  return [path, query, 'index.html'].filter(Boolean).join('/');
}

/** The public URL of a static file under `base` (folders end with `/`). */
export function publicUrlFor(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Internal links: absolute paths on this site (not `//host`, not schemes, not fragments). */
export const isInternal = (href: string) => href.startsWith('/') && !href.startsWith('//');

const ATTRS = /\b(href|src|action|formaction)="([^"]*)"/g;

/**
 * Rewrites every internal link in an HTML page: `resolve(url)` gives the public URL of a link's
 * target, or undefined when it is not part of the export (the link is then dropped, keeping its text).
 */
export function rewriteLinks(html: string, resolve: (url: string) => string | undefined): string {
  return html.replace(ATTRS, (whole, attr: string, raw: string) => {
    const url = raw.replace(/&amp;/g, '&');
    if (!isInternal(url)) return whole;
    const [path, hash] = url.split('#', 2) as [string, string | undefined];
    const target = resolve(path);
    if (target === undefined) return attr === 'href' ? 'data-static-unavailable=""' : whole;
    return `${attr}="${(target + (hash !== undefined ? `#${hash}` : '')).replace(/&/g, '&amp;')}"`;
  });
}

/** The internal links of a page (decoded, without fragments), in order of appearance. */
export function linksOf(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(ATTRS)) {
    if (m[1] === 'action' || m[1] === 'formaction') continue;
    const url = m[2]!.replace(/&amp;/g, '&').split('#')[0]!;
    if (url && isInternal(url)) links.push(url);
  }
  return links;
}
