import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { before, describe, test } from 'node:test';
import { buildSite, type BuildReport } from '../../src/export/static-site/build.ts';
import { shouldExport } from '../../src/export/static-site/crawl-policy.ts';
import { staticPathFor } from '../../src/export/static-site/paths.ts';
import { createApp } from '../../src/server/app.ts';
import { memoryStore } from '../helpers/store.ts';

const BASE = '/ccus-atlas/';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('static-site export', () => {
  let out: string;
  let report: BuildReport;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'atlas-site-'));
    const store = await memoryStore({ bundle: true });
    report = await buildSite(createApp(store, { readOnly: true }), out, { base: BASE, origin: 'https://example.org' });
    await store.close();
  });

  test('every internal link and asset in every page resolves to a file of the export', () => {
    const files = walk(out).filter((f) => f.endsWith('.html'));
    assert.ok(files.length > 50, `${files.length} pages`);
    const broken: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\b(?:href|src)="([^"#]*)(#[^"]*)?"/g)) {
        const url = m[1]!.replace(/&amp;/g, '&');
        if (!url || /^(https?:|mailto:|data:)/.test(url)) continue;
        assert.ok(url.startsWith(BASE), `${relative(out, file)} links outside the base: ${url}`);
        const path = decodeURIComponent(url.slice(BASE.length));
        const target = path === '' || path.endsWith('/') ? join(out, path, 'index.html') : join(out, path);
        if (!existsSync(target)) broken.push(`${relative(out, file)} → ${url}`);
      }
    }
    assert.deepEqual(broken.slice(0, 10), []);
  });

  test('pages exist in zh, en and ja with their twins, plus sitemap, robots and 404', () => {
    for (const lang of ['zh', 'en', 'ja']) {
      assert.ok(existsSync(join(out, lang, 'policies/jp-jogmec-advanced-ccs-2024/index.html')));
      assert.ok(existsSync(join(out, lang, 'policies/_country-JP/index.html')), 'single-filter list pages');
    }
    const json = JSON.parse(readFileSync(join(out, 'policies/jp-jogmec-advanced-ccs-2024.json'), 'utf8'));
    assert.equal(json.analysis.incentive.score, 90);
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    assert.match(sitemap, /<loc>https:\/\/example\.org\/ccus-atlas\/en\/policies\/jp-jogmec-advanced-ccs-2024\/<\/loc><xhtml:link rel="alternate" hreflang="zh-Hans" href="https:\/\/example\.org\/ccus-atlas\/zh\/policies\/jp-jogmec-advanced-ccs-2024\/"\/>/);
    assert.match(readFileSync(join(out, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/example\.org\/ccus-atlas\/sitemap\.xml/);
    assert.match(readFileSync(join(out, '404.html'), 'utf8'), /Not found/);
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /http-equiv="refresh" content="0; url=\/ccus-atlas\/en\/"/);
    assert.ok(report.dropped > 0, 'server-only views (filter combinations, sorting) are left out');
  });

  test('the read-only site has no sign-in or editing links', () => {
    const html = readFileSync(join(out, 'en/policies/jp-jogmec-advanced-ccs-2024/index.html'), 'utf8');
    assert.doesNotMatch(html, /signin|\/edit"|\/history"/);
  });

  test('a prebuilt search index covers the pages and the search script is included', () => {
    const index = JSON.parse(readFileSync(join(out, 'search-index.json'), 'utf8')) as { u: string; t: string; l: string; x: string }[];
    const hit = index.find((e) => e.u === `${BASE}ja/policies/jp-ccs-cost-difference-support-2025/`);
    assert.ok(hit);
    assert.match(hit.x, /輸送貯留料金/);
    assert.match(readFileSync(join(out, 'en/index.html'), 'utf8'), /<script src="\/ccus-atlas\/assets\/static-search\.js" defer><\/script>/);
    assert.ok(existsSync(join(out, 'assets/static-search.js')));
  });
});

describe('static paths', () => {
  test('pages become folders, files keep their extension, queries become a folder', () => {
    assert.equal(staticPathFor('/en/policies/x', true), 'en/policies/x/index.html');
    assert.equal(staticPathFor('/en/', true), 'en/index.html');
    assert.equal(staticPathFor('/policies/x.json', false), 'policies/x.json');
    assert.equal(staticPathFor('/en/policies?status=Active&page=2', true), 'en/policies/_page-2_status-Active/index.html');
    assert.equal(staticPathFor('/en/policies?legalWeight=Guideline%2FPolicy', true), 'en/policies/_legalWeight-Guideline~2FPolicy/index.html');
  });

  test('only single-filter list views are exported', () => {
    assert.equal(shouldExport('/en/policies?country=JP'), true);
    assert.equal(shouldExport('/en/policies?country=JP&page=2'), true);
    assert.equal(shouldExport('/en/policies?country=JP&status=Active'), false);
    assert.equal(shouldExport('/en/policies?sort=-year'), false);
    assert.equal(shouldExport('/en/search?q=ccs'), false);
    assert.equal(shouldExport('/en/policies.json?country=JP'), false);
  });
});
