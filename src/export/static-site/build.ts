import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { LANGS } from '../../domain/lang.ts';
import { shouldExport } from './crawl-policy.ts';
import { linksOf, publicUrlFor, rewriteLinks, staticPathFor } from './paths.ts';
import { searchEntryFor, type StaticSearchEntry } from './search-index.ts';
import { sitemapXml } from './sitemap.ts';

export interface BuildOptions {
  /** The path the site is served under, e.g. `/ccus-atlas/` (default `/`). */
  base?: string;
  /** The public origin, e.g. `https://example.org`, for absolute URLs in sitemap.xml and robots.txt. */
  origin?: string;
  /** Extra files to write (path → content), such as the search index. */
  extraFiles?: Record<string, string>;
  onPage?: (done: number, queued: number) => void;
  /** Safety limit on the number of URLs rendered. */
  maxPages?: number;
}

export interface BuildReport {
  pages: number;
  files: number;
  bytes: number;
  dropped: number;
}

interface Rendered {
  url: string;
  file: string;
  body: Buffer | string;
  html: boolean;
  redirect?: string;
}

const SEEDS = ['/', ...LANGS.map((l) => `/${l}/`), '/assets/atlas.css', '/assets/favicon.svg', '/assets/static-search.js'];

/**
 * Renders the read-only app to static files: starts from the home pages, follows every internal
 * link that `shouldExport` accepts, rewrites links under `base`, and adds sitemap.xml (with
 * hreflang), robots.txt and 404.html.
 */
export async function buildSite(app: Hono, outDir: string, options: BuildOptions = {}): Promise<BuildReport> {
  const base = options.base ? `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';
  const maxPages = options.maxPages ?? 20_000;
  const queue = [...SEEDS];
  const seen = new Set(queue);
  const rendered = new Map<string, Rendered>();
  let dropped = 0;

  while (queue.length > 0) {
    if (rendered.size >= maxPages) throw new Error(`more than ${maxPages} pages: refusing to continue`);
    const url = queue.shift()!;
    const res = await app.request(url, { headers: { 'accept-language': 'en' } });
    const type = res.headers.get('content-type') ?? '';
    const html = type.startsWith('text/html');
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location')!;
      rendered.set(url, { url, file: staticPathFor(url, true), body: '', html: true, redirect: location });
      if (!seen.has(location)) {
        seen.add(location);
        queue.push(location);
      }
      continue;
    }
    if (res.status !== 200) continue;
    const body = html || /json|csv|markdown|xml|svg|javascript|css|text\//.test(type) ? await res.text() : Buffer.from(await res.arrayBuffer());
    rendered.set(url, { url, file: staticPathFor(url, html), body, html });
    if (html && typeof body === 'string') {
      for (const link of linksOf(body)) {
        if (seen.has(link)) continue;
        seen.add(link);
        if (shouldExport(link)) queue.push(link);
        else dropped++;
      }
    }
    options.onPage?.(rendered.size, queue.length);
  }

  const resolve = (url: string) => {
    const page = rendered.get(url);
    return page ? publicUrlFor(page.file, base) : undefined;
  };
  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const write = (file: string, content: string | Buffer) => {
    const path = join(outDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    files++;
    bytes += Buffer.byteLength(content);
  };
  const searchScript = `<script src="${base}assets/static-search.js" defer></script></body>`;
  const searchIndex: StaticSearchEntry[] = [];
  for (const page of rendered.values()) {
    if (page.redirect) {
      write(page.file, redirectPage(resolve(page.redirect) ?? base));
    } else if (page.html) {
      const html = rewriteLinks(page.body as string, resolve).replace('</body>', searchScript);
      write(page.file, html);
      if (!page.url.includes('?')) {
        const entry = searchEntryFor(html, publicUrlFor(page.file, base));
        if (entry) searchIndex.push(entry);
      }
    } else write(page.file, page.body);
  }
  write('search-index.json', JSON.stringify(searchIndex));
  const notFound = await app.request('/en/static-export-missing-page');
  write('404.html', rewriteLinks(await notFound.text(), resolve));
  const pages = [...rendered.values()].filter((p) => p.html && !p.redirect).map((p) => p.url);
  const origin = options.origin?.replace(/\/+$/, '') ?? '';
  write('sitemap.xml', sitemapXml(pages, (url) => `${origin}${resolve(url)!}`));
  write('robots.txt', `User-agent: *\nAllow: ${base}\n${origin ? `Sitemap: ${origin}${base}sitemap.xml\n` : ''}`);
  for (const [file, content] of Object.entries(options.extraFiles ?? {})) write(file, content);
  return { pages: pages.length, files, bytes, dropped };
}

function redirectPage(target: string): string {
  const href = target.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${href}"><link rel="canonical" href="${href}"><title>CCUS Atlas</title></head><body><p><a href="${href}">CCUS Atlas</a></p></body></html>\n`;
}
