import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { IEA_DATASET } from '../../src/ingest/iea-columns.ts';
import { readIeaWorkbook } from '../../src/ingest/iea-xlsx.ts';
import { importFacilities } from '../../src/store/facility-import.ts';
import { bundledApp } from '../helpers/app.ts';
import { buildIeaWorkbook } from '../helpers/iea-workbook.ts';

let get: (path: string) => Promise<Response>;

before(async () => {
  const app = await bundledApp();
  const { facilities } = await readIeaWorkbook(await buildIeaWorkbook(), 'sample.xlsx');
  await importFacilities(app.store, facilities, { author: 'test', reason: 'fixture', dataset: IEA_DATASET });
  // Profiles that leave pillars out, so the page must fall back to policies and EU-level records.
  const meta = { author: 'test', reason: 'fixture' };
  const jp = (await app.store.countries.get('JP'))!;
  await app.store.countries.save({ ...jp, pillars: { liabilityPeriod: jp.pillars.liabilityPeriod } }, meta);
  const nl = (await app.store.countries.get('NL'))!;
  const { liabilityTransfer: _dropped, ...nlPillars } = nl.pillars;
  await app.store.countries.save({ ...nl, pillars: nlPillars }, meta);
  get = async (path) => app.get(path);
});

const json = async (path: string) => (await get(path)).json() as Promise<any>;

describe('countries', () => {
  test('/countries lists bundled profiles with deployment and a governance index with its range', async () => {
    const list = await json('/countries.json');
    const jp = list.items.find((c: any) => c.code === 'JP');
    assert.equal(jp.names.ja, '日本');
    assert.ok(jp.policies > 0);
    assert.ok(jp.governanceIndex > 0 && jp.governanceIndex < 100);
    assert.ok(jp.governanceRange.min <= jp.governanceIndex && jp.governanceIndex <= jp.governanceRange.max);
    const csv = await (await get('/countries.csv')).text();
    assert.match(csv, /^code,name_en,/);
    assert.match(csv, /\r\nJP,Japan,日本,日本,asia_pacific,/);
  });

  test('a country page shows all seven pillars, each cited or marked as not documented, in every language', async () => {
    for (const lang of ['zh', 'en', 'ja']) {
      const html = await (await get(`/${lang}/countries/JP`)).text();
      assert.equal([...html.matchAll(/data-pillar="/g)].length, 7);
      assert.match(
        html,
        /data-pillar="poreSpaceRights"><span lang="[a-z]+">[^<]+(<span class="fallback">[^<]*<\/span>)?<\/span> <small class="source" data-source="policy">/,
      );
    }
    const en = await (await get('/en/countries/JP')).text();
    assert.match(en, /Net-zero target: 2050/);
    assert.match(en, /data-source="profile"/);
    assert.match(en, /Not documented in the hub yet/);
  });

  test('EU member states take pillars that they lack from EU-level policies, and say so', async () => {
    const nl = await json('/countries/NL.json');
    const transfer = nl.pillars.find((p: any) => p.pillar === 'liabilityTransfer');
    assert.equal(transfer.source, 'eu-policy');
    assert.equal(transfer.policyId, 'eu-ccs-directive-2009');
    const jp = await json('/countries/JP.json');
    assert.ok(jp.pillars.every((p: any) => p.source !== 'eu-policy'));
  });

  test('country deployment equals the facility list filtered to that country', async () => {
    const country = await json('/countries/NO.json');
    const list = await json('/facilities.json?country=NO');
    assert.deepEqual(country.deployment.pipeline, list.totals.pipeline);
    assert.equal(country.facilities, list.total);
  });

  test('codes in any case redirect to the canonical page; an unknown country is a 404', async () => {
    const res = await get('/en/countries/jp');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/en/countries/JP');
    assert.equal((await get('/en/countries/ZZ')).status, 404);
    assert.equal((await get('/countries/AQ.json')).status, 404);
    const csv = (await (await get('/countries/JP.csv')).text()).trim().split('\r\n');
    assert.equal(csv.length, 2);
    assert.match(csv[1]!, /^JP,Japan,/);
  });
});

describe('/analytics/capacity', () => {
  for (const query of ['', '?region=europe', '?type=capture', '?country=JP,MY']) {
    test(`headline totals equal the facility list totals for "${query || 'no filter'}"`, async () => {
      const analytics = await json(`/analytics/capacity.json${query}`);
      const list = await json(`/facilities.json${query}`);
      assert.deepEqual(analytics.totals.pipeline, list.totals.pipeline);
      assert.deepEqual(analytics.totals.committed, list.totals.committed);
      const last = analytics.series.points.at(-1);
      assert.equal(last.pipelineCount + analytics.series.undatedCount, analytics.totals.pipeline.count);
    });
  }

  test('the series runs 1970–2040 by default and honours a year window; a bad window is a 400', async () => {
    const all = await json('/analytics/capacity.json');
    assert.equal(all.series.points[0].year, 1970);
    assert.equal(all.series.points.at(-1).year, 2040);
    const window = await json('/analytics/capacity.json?from=2000&to=2030');
    assert.equal(window.series.points.length, 31);
    assert.equal((await get('/analytics/capacity.json?from=2030&to=2000')).status, 400);
    assert.equal((await get('/analytics/capacity.json?measure=weight')).status, 400);
  });

  test('the page draws the chart and the region breakdown in every language; the CSV has one row per year', async () => {
    for (const lang of ['zh', 'en', 'ja']) {
      const html = await (await get(`/${lang}/analytics/capacity?measure=count`)).text();
      assert.match(html, /class="line-pipeline" d="M[\d.]+,[\d.]+(H[\d.]+V[\d.]+)+H[\d.]+"/);
      assert.match(html, /class="byregion"/);
    }
    const csv = (await (await get('/analytics/capacity.csv?from=2020&to=2025')).text()).trim().split('\r\n');
    assert.equal(csv.length, 7);
  });
});

describe('/compare', () => {
  test('four countries side by side: pillars, five dimensions, deployment and the matrix with its method', async () => {
    const html = await (await get('/en/compare?countries=JP,GB,NL,US')).text();
    assert.equal([...html.matchAll(/<g data-country="/g)].length, 4);
    assert.match(html, /class="method">Method: the governance index/);
    const data = await json('/compare.json?countries=JP,GB,NL,US');
    assert.deepEqual(
      data.countries.map((c: any) => c.code),
      ['JP', 'GB', 'NL', 'US'],
    );
    const jp = await json('/countries/JP.json');
    assert.equal(data.countries[0].governanceIndex, jp.governanceIndex);
  });

  test('policies side by side, like a comparison table', async () => {
    const html = await (
      await get('/ja/compare?policies=jp-ccs-business-act-2024,eu-ccs-directive-2009')
    ).text();
    assert.match(html, /二酸化炭素の貯留事業に関する法律/);
    assert.equal((await json('/compare.json?policies=jp-ccs-business-act-2024,nope')).missing[0], 'nope');
  });

  test('more than six, both kinds at once, or an unknown country is a 400 naming the parameter', async () => {
    const seven = await get('/compare.json?countries=JP,GB,NL,US,NO,DK,DE');
    assert.equal(seven.status, 400);
    assert.match(JSON.stringify(await seven.json()), /countries: at most 6/);
    assert.equal((await get('/compare.json?countries=JP&policies=a')).status, 400);
    assert.equal((await get('/compare.json?countries=Atlantis')).status, 400);
  });
});

describe('/methodology', () => {
  test('renders the methodology document in the page’s language', async () => {
    const ja = await (await get('/ja/methodology')).text();
    assert.match(ja, /<h2>ガバナンス指数 — <code>governanceIndex<\/code>/);
    const zh = await (await get('/zh/methodology')).text();
    assert.match(zh, /<h2>治理指数 — <code>governanceIndex<\/code>/);
    const en = await (await get('/en/methodology')).text();
    assert.match(en, /<h2>Governance index — <code>governanceIndex<\/code>/);
    assert.doesNotMatch(ja, /<h2>Governance index/);
  });
});

describe('bundled facility evidence', () => {
  test('Quest links to the Alberta statutes as evidence, with the note and citation shown', async () => {
    const record = await json('/facilities/iea-347.json');
    assert.deepEqual(
      record.policyLinks.slice(0, 2).map((l: any) => [l.policyId, l.type, l.confidence]),
      [
        ['ca-alberta-carbon-storage-tenure-2010', 'evidence', 'high'],
        ['ca-alberta-tier-2020', 'evidence', 'high'],
      ],
    );
    const ja = await (await get('/ja/facilities/iea-347')).text();
    assert.match(ja, /data-link-type="evidence"[\s\S]*?Questは2015年に操業を開始できた/);
  });
});
