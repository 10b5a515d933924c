import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  documentListSchema,
  glossarySchema,
  presentedDocumentSchema,
  presentedPassageSchema,
  presentedSectionSchema,
  searchResultSchema,
} from '../../src/server/openapi/document-responses.ts';
import { bundledApp } from '../helpers/app.ts';

const DOC = 'jp-meti-ccs-support-interim-2025';
let get: Awaited<ReturnType<typeof bundledApp>>['get'];

before(async () => {
  ({ get } = await bundledApp());
});

const body = async (path: string, status = 200) => {
  const res = await get(path);
  assert.equal(res.status, status, path);
  return res.json() as Promise<any>;
};

describe('/api search and documents', () => {
  test('/api/search answers what /search.json answers, in the documented shape', async () => {
    const q = encodeURIComponent('运输封存费 拍卖');
    const api = await body(`/api/search?q=${q}&lang=ja`);
    assert.deepEqual(api, await body(`/search.json?q=${q}&lang=ja`));
    searchResultSchema.parse(api);
    assert.deepEqual(api.query.filters.lang, ['ja']);
    const first = api.documents[0].passages[0];
    assert.equal(api.documents[0].documentId, DOC);
    assert.match(first.sectionLabel, /^4-4/);
    assert.ok(first.matched.some((m: any) => m.concept && m.terms.length > 0));
  });

  test('a bad search parameter is a JSON 400 naming it', async () => {
    const err = await body('/api/search?q=ccs&colour=red', 400);
    assert.deepEqual(err.error.problems, ['unknown parameter "colour"']);
    const long = await body(`/api/search?q=${'x'.repeat(501)}`, 400);
    assert.match(long.error.problems[0], /500 characters/);
  });

  test('documents, one document, a passage and a section, each in the documented shape', async () => {
    const list = documentListSchema.parse(await body('/api/documents'));
    assert.ok(list.items.some((d) => d.id === DOC && d.passages > 100));
    const doc = presentedDocumentSchema.parse(await body(`/api/documents/${DOC}`));
    assert.deepEqual(doc, await body(`/documents/${DOC}.json`));
    assert.ok(doc.sections.some((s) => s.anchor === '4-4.2' && s.label === '4-4 (2)'));
    const passage = presentedPassageSchema.parse(await body(`/api/documents/${DOC}/passages/4-4.2.p1`));
    assert.equal(passage.section, '4-4.2');
    const section = presentedSectionSchema.parse(await body(`/api/documents/${DOC}/passages/4-4`));
    assert.ok(section.passages.some((p) => p.section === '4-4.2'), 'a section holds its sub-sections’ passages');
  });

  test('an unknown document or anchor is a JSON 404 that says which', async () => {
    assert.match((await body('/api/documents/no-such-doc', 404)).error.message, /no-such-doc/);
    assert.match((await body(`/api/documents/${DOC}/passages/9-9.p1`, 404)).error.message, /9-9\.p1/);
  });

  test('a document answers 304 to the ETag of its version', async () => {
    const first = await get(`/api/documents/${DOC}`);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /document-.*-v\d+-api/);
    const again = await get(`/api/documents/${DOC}`, { 'if-none-match': etag });
    assert.equal(again.status, 304);
  });

  test('/api/glossary lists every concept with terms in the three languages', async () => {
    const glossary = glossarySchema.parse(await body('/api/glossary'));
    assert.ok(glossary.total >= 150);
    const fm = glossary.concepts.find((c) => c.terms.en.includes('force majeure'))!;
    assert.ok(fm.terms.ja.includes('不可抗力') && fm.terms.zh.includes('不可抗力'));
  });

  test('the API index lists the new endpoints', async () => {
    const index = await body('/api');
    for (const key of ['search', 'documents', 'document', 'passage', 'glossary']) assert.ok(index.endpoints[key], key);
  });
});
