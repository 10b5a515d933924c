import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parseRecordMarkdown } from '../../src/ingest/record-markdown.ts';
import { bundledApp } from '../helpers/app.ts';
import { SEED_BUNDLE_DIR } from '../helpers/paths.ts';

const ID = 'jp-jogmec-advanced-ccs-2024';
let get: Awaited<ReturnType<typeof bundledApp>>['get'];
let store: Awaited<ReturnType<typeof bundledApp>>['store'];
before(async () => ({ get, store } = await bundledApp(SEED_BUNDLE_DIR)));

describe('policy page and its twins', () => {
  for (const lang of ['zh', 'en', 'ja'] as const) {
    test(`/${lang}/policies/<id> renders the record in ${lang} with hreflang links`, async () => {
      const res = await get(`/${lang}/policies/${ID}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /text\/html/);
      const html = await res.text();
      assert.match(html, new RegExp(`<html lang="${lang === 'zh' ? 'zh-Hans' : lang}"`));
      assert.match(html, /日本 JOGMEC 先进 CCS 项目资助计划 \(2024\)/);
      assert.match(html, /<svg class="radar"/);
      assert.match(html, /hreflang="ja" href="\/ja\/policies\/jp-jogmec-advanced-ccs-2024"/);
      assert.match(html, /href="\/policies\/jp-jogmec-advanced-ccs-2024\.json"/);
    });
  }

  test('the page is honest about an unbacked "verified" claim', async () => {
    const html = await (await get(`/en/policies/${ID}`)).text();
    assert.match(html, /data-review="unbacked"/);
    assert.match(html, /no reviewer is named \(“Human Audit Pending”\)/);
  });

  test('an unreviewed record says so', async () => {
    const html = await (await get('/ja/policies/jp-ccs-cost-difference-support-2025')).text();
    assert.match(html, /data-review="unreviewed"/);
    assert.match(html, /このレコードはレビュー前です/);
  });

  test('.json returns every field of the record with its values', async () => {
    const res = await get(`/policies/${ID}.json`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as Record<string, any>;
    const stored = (await store.policies.get(ID))!.policy;
    for (const [key, value] of Object.entries(stored)) assert.deepEqual(body[key], value, key);
    assert.equal(body.analysis.strategic.score, 95);
    assert.equal(body.provenance.reviewer, 'Human Audit Pending');
    assert.deepEqual(body.countryName, { zh: '日本', en: 'Japan', ja: '日本' });
    assert.equal(body.links.md, `/policies/${ID}.md`);
  });

  test('.md imports back to the same record', async () => {
    const res = await get(`/en/policies/${ID}.md`);
    assert.match(res.headers.get('content-type')!, /text\/markdown/);
    const parsed = parseRecordMarkdown(await res.text());
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, (await store.policies.get(ID))!.policy);
  });

  test('a missing record is a 404 page in the reader’s language', async () => {
    const res = await get('/zh/policies/no-such-policy');
    assert.equal(res.status, 404);
    assert.match(await res.text(), /没有 id 为“no-such-policy”的政策/);
    const json = await get('/policies/no-such-policy.json');
    assert.equal(json.status, 404);
    assert.match(((await json.json()) as any).error.message, /no-such-policy/);
  });

  test('a policy path without a language redirects to the negotiated one', async () => {
    const res = await get(`/policies/${ID}`, { 'accept-language': 'ja-JP,ja;q=0.9,en;q=0.5' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), `/ja/policies/${ID}`);
  });
});

describe('policy list and its twins', () => {
  test('lists with counted facets whose links toggle the filter', async () => {
    const html = await (await get('/en/policies')).text();
    assert.match(html, /2 policies/);
    assert.match(html, /data-facet="country"[\s\S]*?href="\/en\/policies\?country=JP"[\s\S]*?Japan<\/span> <span class="count">2</);
  });

  test('filters live in the query string and the twins keep them', async () => {
    const res = await get('/en/policies?status=Proposed');
    const html = await res.text();
    assert.match(html, /1 of 2 policies/);
    assert.match(html, /jp-ccs-cost-difference-support-2025/);
    assert.doesNotMatch(html, /data-policy-id="jp-jogmec-advanced-ccs-2024"/);
    assert.match(html, /href="\/en\/policies\.json\?status=Proposed"/);
    const json = (await (await get('/en/policies.json?status=Proposed')).json()) as any;
    assert.equal(json.total, 1);
    assert.equal(json.items[0].id, 'jp-ccs-cost-difference-support-2025');
    assert.deepEqual(json.query.status, ['Proposed']);
  });

  test('aliases in filters are understood', async () => {
    const json = (await (await get('/policies.json?country=Japan&status=现行')).json()) as any;
    assert.deepEqual(json.items.map((i: any) => i.id), ['jp-jogmec-advanced-ccs-2024']);
  });

  test('.csv is RFC 4180 with the same filters', async () => {
    const res = await get('/policies.csv?status=Active');
    assert.match(res.headers.get('content-type')!, /text\/csv/);
    const text = await res.text();
    const lines = text.split('\r\n');
    assert.match(lines[0]!, /^id,country,year,status,category/);
    assert.match(lines[1]!, /^jp-jogmec-advanced-ccs-2024,JP,2024,Active,Incentive/);
    assert.equal(lines.length, 3, 'header, one row, and the final line end');
  });

  test('a bad query parameter is a 400 that names it', async () => {
    const res = await get('/ja/policies?page=zero&status=Actve&colour=red');
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /page: must be a number/);
    assert.match(html, /status: unknown status &quot;Actve&quot;; did you mean &quot;Active&quot;\?/);
    assert.match(html, /colour: unknown parameter/);
    assert.match(html, /不正なリクエスト/);
    const json = await get('/policies.json?pageSize=1000');
    assert.equal(json.status, 400);
    assert.deepEqual(((await json.json()) as any).error.problems, ['pageSize: must be between 1 and 200']);
  });

  test('text filter and paging', async () => {
    const json = (await (await get('/policies.json?q=JOGMEC&pageSize=1')).json()) as any;
    assert.equal(json.total, 1);
    const paged = (await (await get('/policies.json?pageSize=1&page=2')).json()) as any;
    assert.equal(paged.items.length, 1);
    assert.equal(paged.pages, 2);
    assert.equal(paged.next, null);
  });
});
