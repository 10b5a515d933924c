import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledApp } from '../helpers/app.ts';

describe('/downloads', () => {
  test('lists every export with version, licence and citation in zh, en and ja', async () => {
    const { get } = await bundledApp();
    const listing = await (await get('/downloads.json')).json();
    assert.equal(listing.dataset.licence.name, 'CC-BY-4.0');
    for (const lang of ['zh', 'en', 'ja']) {
      const html = await (await get(`/${lang}/downloads`)).text();
      assert.ok(html.includes(listing.dataset.version), `${lang}: version`);
      assert.ok(html.includes('rel="license"'), `${lang}: licence link`);
      assert.ok(html.includes(listing.dataset.citation), `${lang}: citation`);
      for (const file of listing.files) assert.ok(html.includes(`href="${file.url}"`), `${lang}: ${file.path}`);
    }
    assert.match(await (await get('/zh/downloads')).text(), /<h1>开放数据<\/h1>/);
    assert.match(await (await get('/ja/downloads')).text(), /Excel 用/);
  });

  test('every listed file downloads with its media type and a licence link header', async () => {
    const { get } = await bundledApp();
    const listing = await (await get('/downloads.json')).json();
    for (const file of listing.files) {
      const res = await get(file.url);
      assert.equal(res.status, 200, file.url);
      assert.ok(res.headers.get('content-type')!.startsWith(file.mediatype), file.url);
      assert.equal(res.headers.get('link'), '<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
      assert.equal(Buffer.byteLength(await res.text()), file.bytes, file.url);
    }
    const excel = await get('/downloads/data/policies.csv?bom=1');
    assert.equal(new Uint8Array(await excel.arrayBuffer()).slice(0, 3).join(','), '239,187,191', 'UTF-8 byte-order mark');
    const record = await get('/downloads/records/jp-ccs-business-act-2024.md');
    assert.equal(record.status, 200);
    assert.match(await record.text(), /^---\nid: jp-ccs-business-act-2024/);
    assert.equal((await get('/downloads/../package.json')).status, 404);
    assert.equal((await get('/downloads/data/nothing.csv')).status, 404);
  });

  test('a write gives a new dataset version on the next request (the cached package is rebuilt)', async () => {
    const { get, store } = await bundledApp();
    const before = (await (await get('/downloads/datapackage.json')).json()).version;
    assert.equal((await (await get('/downloads/datapackage.json')).json()).version, before);
    const stored = (await store.policies.get('jp-ccs-business-act-2024'))!.policy;
    await store.policies.save({ ...stored, year: 2023 }, { author: 't', reason: 'test' });
    const after = await (await get('/downloads/datapackage.json')).json();
    assert.notEqual(after.version, before);
    assert.match(await (await get('/downloads/data/policies.csv')).text(), /jp-ccs-business-act-2024,JP,2023,/);
  });

  test('the served datapackage.json names resources that resolve next to it', async () => {
    const { get } = await bundledApp();
    const descriptor = await (await get('/downloads/datapackage.json')).json();
    for (const resource of descriptor.resources) {
      for (const path of [resource.path].flat()) assert.equal((await get(`/downloads/${path}`)).status, 200, path);
    }
  });
});

describe('/llms.txt', () => {
  test('guides agents to the API, twins, licence and citation with absolute links', async () => {
    const { get } = await bundledApp();
    const res = await get('/llms.txt', { host: 'atlas.example.org', 'x-forwarded-proto': 'https' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/plain/);
    const text = await res.text();
    assert.match(text, /^# CCUS Atlas\n\n> /);
    for (const needle of ['https://atlas.example.org/api/openapi.json', 'https://atlas.example.org/api/policies', 'https://atlas.example.org/api/search?q=', '/api/documents/{id}/passages/{anchor}', '.json', '.md', 'CC-BY-4.0', 'Cite the dataset as: CCUS Atlas team.', '/en/changes.atom']) {
      assert.ok(text.includes(needle), needle);
    }
    const links = [...text.matchAll(/\]\((https:\/\/atlas\.example\.org[^)]+)\)/g)].map((m) => m[1]!.replace('https://atlas.example.org', ''));
    assert.ok(links.length >= 8);
    for (const link of links) assert.equal((await get(link)).status, 200, link);
  });
});
