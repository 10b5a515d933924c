import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { bundledApp } from '../helpers/app.ts';
import { SEED_BUNDLE_DIR } from '../helpers/paths.ts';

let get: Awaited<ReturnType<typeof bundledApp>>['get'];
before(async () => ({ get } = await bundledApp(SEED_BUNDLE_DIR)));

describe('home, language negotiation, API, health and assets', () => {
  test('/ negotiates the language from Accept-Language', async () => {
    for (const [header, lang] of [
      ['zh-CN,zh;q=0.9', 'zh'],
      ['ja;q=0.8,fr;q=0.9', 'ja'],
      ['de-DE', 'en'],
    ] as const) {
      const res = await get('/', { 'accept-language': header });
      assert.equal(res.status, 302);
      assert.equal(res.headers.get('location'), `/${lang}/`);
      assert.match(res.headers.get('vary')!, /Accept-Language/);
    }
  });

  test('the home page counts what the hub holds by country, category and status', async () => {
    const html = await (await get('/zh/')).text();
    assert.match(html, /2 条政策记录/);
    assert.match(html, /data-breakdown="country"[\s\S]*?日本[\s\S]*?<span class="count">2</);
    assert.match(html, /data-breakdown="category"[\s\S]*?经济激励/);
    assert.match(html, /data-breakdown="status"/);
    assert.match(html, /<a href="\/zh\/documents">\d+ 份原始文献/);
    assert.match(html, /<a href="\/zh\/facilities">\d+ 个 CCS 设施/);
    assert.match(html, /2 条记录中有 1 条尚未经过审核/);
  });

  test('/en redirects to /en/', async () => {
    const res = await get('/en');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/en/');
  });

  test('an unknown page is a 404 in the path’s language', async () => {
    const res = await get('/ja/nowhere');
    assert.equal(res.status, 404);
    assert.match(await res.text(), /見つかりません/);
  });

  test('/healthz reports status and record count', async () => {
    assert.deepEqual(await (await get('/healthz')).json(), { status: 'ok', policies: 2 });
  });

  test('/api lists endpoints and serves the same records as the twins', async () => {
    const index = (await (await get('/api')).json()) as any;
    assert.equal(index.endpoints.policies.href, '/api/policies');
    const list = (await (await get('/api/policies?country=JP&sort=-year')).json()) as any;
    assert.deepEqual(list.items.map((i: any) => i.id), ['jp-ccs-cost-difference-support-2025', 'jp-jogmec-advanced-ccs-2024']);
    const one = await (await get('/api/policies/jp-jogmec-advanced-ccs-2024')).json();
    const twin = await (await get('/policies/jp-jogmec-advanced-ccs-2024.json')).json();
    assert.deepEqual(one, twin);
    assert.equal((await get('/api/policies/nope')).status, 404);
    assert.equal((await get('/api/policies?sort=sideways')).status, 400);
  });

  test('the stylesheet is served with caching and revalidation', async () => {
    const res = await get('/assets/atlas.css');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /text\/css/);
    const etag = res.headers.get('etag')!;
    assert.equal((await get('/assets/atlas.css', { 'if-none-match': etag })).status, 304);
  });

  test('HTML pages carry a content security policy', async () => {
    const res = await get('/en/');
    assert.match(res.headers.get('content-security-policy')!, /default-src 'self'/);
  });
});
