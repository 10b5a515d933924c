import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atomFeed } from '../../src/export/atom.ts';
import { bundledApp } from '../helpers/app.ts';
import { buildPolicy } from '../helpers/factories.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

async function feed(get: (path: string, headers?: Record<string, string>) => Response | Promise<Response>, path: string) {
  const res = await get(path, { host: 'atlas.example.org' });
  assert.equal(res.status, 200, path);
  assert.match(res.headers.get('content-type') ?? '', /^application\/atom\+xml/);
  const xml = await res.text();
  assert.equal(XMLValidator.validate(xml), true, `${path} is not well-formed XML`);
  return parser.parse(xml).feed;
}

/** RFC 4287: a feed has id, title, updated and (without authors on the feed) every entry has an author. */
function assertAtom(f: Record<string, unknown>) {
  assert.equal(f['@xmlns'], 'http://www.w3.org/2005/Atom');
  for (const key of ['id', 'title', 'updated']) assert.ok(f[key], `feed ${key}`);
  assert.ok((f.link as { '@rel': string }[]).some((l) => l['@rel'] === 'self'));
  for (const e of (f.entry as Record<string, unknown>[] | undefined) ?? []) {
    for (const key of ['id', 'title', 'updated', 'author', 'summary']) assert.ok(e[key], `entry ${key}`);
    assert.match(String(e.updated), /^\d{4}-\d{2}-\d{2}T/);
    const link = (e.link as { '@href': string }[])[0]!['@href'];
    assert.match(link, /^http:\/\/atlas\.example\.org\/en\//, 'links are absolute, built from the request origin');
  }
}

describe('Atom feeds of changes', () => {
  test('the feed of all changes is well-formed Atom with absolute links and one entry per revision', async () => {
    const { get } = await bundledApp();
    const f = await feed(get, '/en/changes.atom');
    assertAtom(f);
    assert.equal(f.id, 'urn:ccus-atlas:changes:en');
    assert.ok(f.entry.length >= 40);
    assert.equal(f.link.find((l: { '@rel': string }) => l['@rel'] === 'self')['@href'], 'http://atlas.example.org/en/changes.atom');
  });

  test('entry ids are stable: the same revision has the same id on every fetch and in every language', async () => {
    const { get } = await bundledApp();
    const a = await feed(get, '/en/changes.atom');
    const b = await feed(get, '/ja/changes.atom');
    const ids = (f: { entry: { id: string }[] }) => f.entry.map((e) => e.id).sort();
    assert.deepEqual(ids(a), ids(b));
    assert.ok(ids(a).every((id) => /^urn:ccus-atlas:change:[a-z]+:[^:]+:\d+$/.test(id)));
  });

  test('per country, per category and per record feeds hold only their changes', async () => {
    const { get, store } = await bundledApp();
    const stored = (await store.policies.get('jp-ccs-business-act-2024'))!;
    await store.policies.save({ ...stored.policy, year: 2024, tags: { en: ['storage permit'] } }, { author: 'editor', reason: 'trim the tags' });
    const jp = await feed(get, '/en/changes.atom?country=JP');
    assertAtom(jp);
    assert.ok(jp.entry.length > 0);
    assert.ok(jp.entry.every((e: { link: { '@href': string }[] }) => /\/(policies\/jp-|countries\/JP|facilities\/)/.test(e.link[0]!['@href'])));
    const record = await feed(get, '/en/changes.atom?type=policy&id=jp-ccs-business-act-2024');
    assert.deepEqual(
      record.entry.map((e: { id: string }) => e.id),
      ['urn:ccus-atlas:change:policy:jp-ccs-business-act-2024:2', 'urn:ccus-atlas:change:policy:jp-ccs-business-act-2024:1'],
    );
    assert.match(record.entry[0].summary['#text'] ?? record.entry[0].summary, /trim the tags — Fields: tags/);
    const incentive = await feed(get, '/en/changes.atom?category=Incentive');
    const ids = incentive.entry.map((e: { id: string }) => e.id.split(':')[4]);
    for (const id of ids) assert.equal((await store.policies.get(id))!.policy.category, 'Incentive', id);
  });

  test('an unknown filter is a 400 naming the parameter', async () => {
    const { get } = await bundledApp();
    const res = await get('/en/changes.atom?contry=JP');
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(await res.json()), /contry: unknown parameter; did you mean \\"country\\"/);
  });

  test('the writer escapes markup and drops characters XML forbids', () => {
    const xml = atomFeed({
      id: 'urn:x',
      title: 'A & B <C> "d"',
      self: 'http://x/feed?a=1&b=2',
      alternate: 'http://x/',
      lang: 'en',
      rights: 'CC',
      emptyUpdated: '1970-01-01T00:00:00.000Z',
      entries: [buildPolicy()].map((p) => ({ id: `urn:${p.id}`, title: 'bell\u0007 </title>', updated: '2026-01-01T00:00:00Z', link: 'http://x/p', author: 'a', summary: '<script>' })),
    });
    assert.equal(XMLValidator.validate(xml), true);
    const parsed = parser.parse(xml).feed;
    assert.equal(parsed.title, 'A & B <C> "d"');
    assert.equal(parsed.entry[0].title, 'bell </title>');
  });
});

describe('/changes page', () => {
  test('lists the newest changes in the page language with a link to the feed and a JSON twin', async () => {
    const { get } = await bundledApp();
    const html = await (await get('/zh/changes?country=JP')).text();
    assert.match(html, /<h1>修订记录: 日本<\/h1>/);
    assert.match(html, /href="\/zh\/changes\.atom\?country=JP"/);
    assert.match(html, /href="\/changes\.json\?country=JP"/);
    const json = await (await get('/changes.json?country=JP')).json();
    assert.ok(json.items.length > 0);
    assert.ok(json.items.every((i: { url: string }) => i.url.startsWith('/en/') || i.url.startsWith('/zh/') || i.url.startsWith('/ja/')));
  });
});
