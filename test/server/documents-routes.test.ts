import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readDocument } from '../../src/ingest/document-reader.ts';
import { createApp } from '../../src/server/app.ts';
import { bundledApp } from '../helpers/app.ts';
import { memoryStore } from '../helpers/store.ts';

const DOC = 'jp-meti-ccs-support-interim-2025';

describe('document pages and twins', () => {
  let ctx: Awaited<ReturnType<typeof bundledApp>>;
  before(async () => {
    ctx = await bundledApp();
  });
  after(() => ctx.store.close());

  test('a statute reads with its chapters and articles, each article titled by its caption', async () => {
    const text = '第一章　総則\n\n（目的）\n第一条　この法律は、貯留事業について定める。\n\n第二条の二　前条の規定は、準用する。\n';
    const read = await readDocument({
      file: 'jp-test-act.txt',
      bytes: Buffer.from(text),
      sidecar: { file: 'jp-test-act.txt.yaml', text: 'id: jp-test-act\ntitle: 試験法\ncountry: JP\n' },
    });
    assert.ok(read.ok);
    // A store of its own, so the bundled document stays the only one in the other tests.
    const store = await memoryStore();
    await store.documents.save(read.document, { author: 'test', reason: 'statute reader' });
    const app = createApp(store);
    const get = (path: string) => app.request(path);
    const html = await (await get('/ja/documents/jp-test-act')).text();
    assert.match(html, /<a href="#art1">第一条（目的）<\/a>/);
    assert.match(html, /<h3 id="art2-2">第二条の二 <a class="pilcrow"/);
    const passage = (await (await get('/documents/jp-test-act/passages/art1.p1.json')).json()) as any;
    assert.equal(passage.sectionLabel, '第一条');
    assert.equal(passage.text, 'この法律は、貯留事業について定める。');
    await store.close();
  });

  test('GET /ja/documents lists the bundled document; /documents.json is its twin', async () => {
    const html = await (await ctx.get('/ja/documents')).text();
    assert.match(html, new RegExp(`href="/ja/documents/${DOC}"`));
    const json = (await (await ctx.get('/documents.json')).json()) as {
      items: { id: string; passages: number }[];
    };
    assert.equal(json.items[0]!.id, DOC);
    assert.ok(json.items[0]!.passages > 100);
  });

  test('the reader has an outline and an anchor for every section and passage, and highlights the search', async () => {
    const res = await ctx.get(`/ja/documents/${DOC}?hl=${encodeURIComponent('上限価格')}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<nav class="outline"/);
    assert.match(html, /<a href="#4-4\.2">\(2\) 上限価格<\/a>/);
    assert.match(html, /<h4 id="4-4\.2">/);
    assert.match(html, /id="4-4\.2\.p1"/);
    assert.match(html, /<mark>上限価格<\/mark>/);
  });

  test('GET /documents/<id>/passages/<anchor>.json answers a passage, or a section with its passages', async () => {
    const passage = (await (await ctx.get(`/documents/${DOC}/passages/4-4.2.p1.json`)).json()) as Record<
      string,
      unknown
    >;
    assert.equal(passage.sectionLabel, '4-4 (2)');
    assert.equal(passage.kind, 'list');
    const section = (await (await ctx.get(`/documents/${DOC}/passages/4-4.json`)).json()) as {
      passages: { anchor: string }[];
      title: string;
    };
    assert.equal(section.title, '輸送貯留料金のオークション');
    assert.ok(
      section.passages.some((p) => p.anchor === '4-4.2.p1'),
      'sub-section passages included',
    );
    assert.equal((await ctx.get(`/documents/${DOC}/passages/9-9.json`)).status, 404);
    assert.equal((await ctx.get('/documents/nope.json')).status, 404);
    assert.equal((await ctx.get('/en/documents/nope')).status, 404);
  });

  test('a policy citation of kind passage links to the passage in the reader', async () => {
    const html = await (await ctx.get('/en/policies/jp-ccs-cost-difference-support-2025')).text();
    for (const anchor of ['4-1.3', '4-4.2', '4-7', '5', '1']) {
      assert.match(html, new RegExp(`href="/en/documents/${DOC}#${anchor.replace('.', '\\.')}"`), anchor);
    }
  });

  test('GET /en/glossary shows the concepts; /glossary.json is the twin', async () => {
    const html = await (await ctx.get('/en/glossary')).text();
    assert.match(html, /force majeure/);
    const json = (await (await ctx.get('/glossary.json')).json()) as { total: number };
    assert.ok(json.total >= 150);
  });
});
