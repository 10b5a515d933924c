import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bundledApp } from '../helpers/app.ts';

describe('/search', () => {
  let ctx: Awaited<ReturnType<typeof bundledApp>>;
  before(async () => {
    ctx = await bundledApp();
  });
  after(() => ctx.store.close());

  test('HTML shows grouped passages with highlighted snippets and facets, within 60 KB', async () => {
    for (const q of ['上限価格', 'storage', 'CCS', '运输封存费 拍卖']) {
      const res = await ctx.get(`/ja/search?q=${encodeURIComponent(q)}`);
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.ok(Buffer.byteLength(html) <= 60 * 1024, `${q}: ${Buffer.byteLength(html)} bytes`);
      assert.match(html, /<mark>/, q);
      assert.match(html, /href="\/ja\/documents\/jp-meti-ccs-support-interim-2025\?hl=[^"]+#/);
    }
  });

  test('results come in pages: disjoint passages, the same facets, records on the first page', async () => {
    const q = encodeURIComponent('輸送貯留料金');
    const page = async (n: number) => (await (await ctx.get(`/search.json?q=${q}&limit=5&page=${n}`)).json()) as any;
    const first = await page(1);
    const second = await page(2);
    const anchors = (p: any) => p.documents.flatMap((d: any) => d.passages.map((x: any) => x.anchor));
    assert.ok(first.pages >= 2 && first.pages === Math.ceil(first.total / 5), `${first.total} passages`);
    assert.equal(anchors(first).length, 5);
    assert.ok(anchors(second).length > 0);
    assert.deepEqual(anchors(second).filter((a: string) => anchors(first).includes(a)), []);
    assert.deepEqual(second.facets, first.facets);
    assert.ok(first.records.length > 0);
    assert.deepEqual(second.records, []);
    assert.equal(first.next, `/search.json?q=${q}&limit=5&page=2`);
    const last = await page(first.pages);
    assert.equal(last.next, null);
    const api = (await (await ctx.get(`/api/search?q=${q}&limit=5`)).json()) as any;
    assert.equal(api.next, `/api/search?q=${q}&limit=5&page=2`);
  });

  test('the HTML pager links the neighbouring pages; a bad page is a 400', async () => {
    const q = encodeURIComponent('輸送貯留料金');
    const html = await (await ctx.get(`/en/search?q=${q}&limit=5&page=2`)).text();
    assert.match(html, new RegExp(`<a href="/en/search\\?q=${q}&amp;limit=5" rel="prev">Previous</a>`));
    assert.match(html, new RegExp(`<a href="/en/search\\?q=${q}&amp;limit=5&amp;page=3" rel="next">Next</a>`));
    assert.match(html, /Showing 6–10/);
    assert.match(html, /<ol class="hits" start="6">/, 'passages are numbered by their rank');
    assert.equal((await ctx.get(`/en/search?q=${q}&page=0`)).status, 400);
    assert.equal((await ctx.get(`/search.json?q=${q}&page=501`)).status, 400);
    const tooFar = (await (await ctx.get(`/search.json?q=${q}&page=501`)).json()) as any;
    assert.deepEqual(tooFar.error.problems, ['page: must be between 1 and 500 (results are ranked within the best 500 matches)']);
    const notNumber = (await (await ctx.get(`/search.json?q=${q}&limit=abc`)).json()) as any;
    assert.deepEqual(notNumber.error.problems, ['limit: must be a number']);
  });

  test('each hit shows its section path with the terms it names highlighted', async () => {
    const html = await (await ctx.get(`/ja/search?q=${encodeURIComponent('クロスチェーンリスク')}`)).text();
    assert.match(html, /<small class="path" lang="ja">[^<]*4-5 事業者の責めに帰さない事由による一時的な事業停止時及び<mark>クロスチェーンリスク<\/mark>への対応/);
  });

  test('the .json twin returns documents, records, facets and why each matched', async () => {
    const json = (await (await ctx.get(`/search.json?q=${encodeURIComponent('force majeure')}`)).json()) as {
      documents: { passages: { anchor: string; matched: { concept?: string }[] }[] }[];
      facets: { key: string }[];
    };
    assert.match(json.documents[0]!.passages[0]!.anchor, /^4-6\./);
    assert.equal(json.documents[0]!.passages[0]!.matched[0]!.concept, 'force-majeure');
    assert.deepEqual(
      json.facets.map((f) => f.key),
      ['type', 'doc', 'country', 'lang', 'level'],
    );
  });

  test('filter parameters fold into the query; unknown parameters are a 400', async () => {
    const json = (await (
      await ctx.get(`/search.json?q=${encodeURIComponent('不可抗力')}&type=policy`)
    ).json()) as { total: number };
    assert.equal(json.total, 0);
    assert.equal((await ctx.get('/search.json?q=x&colour=red')).status, 400);
    const redirect = await ctx.get('/search?q=x', { 'accept-language': 'ja' });
    assert.equal(redirect.status, 302);
    assert.equal(redirect.headers.get('location'), '/ja/search?q=x');
  });
});
