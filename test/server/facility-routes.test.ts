import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { IEA_DATASET } from '../../src/ingest/iea-columns.ts';
import { readIeaWorkbook } from '../../src/ingest/iea-xlsx.ts';
import { createApp } from '../../src/server/app.ts';
import { importFacilities } from '../../src/store/facility-import.ts';
import { buildIeaWorkbook } from '../helpers/iea-workbook.ts';
import { memoryStore } from '../helpers/store.ts';

let get: (path: string) => Promise<Response>;

before(async () => {
  const store = await memoryStore();
  const { facilities } = await readIeaWorkbook(await buildIeaWorkbook(), 'sample.xlsx');
  await importFacilities(store, facilities, { author: 'test', reason: 'fixture', dataset: IEA_DATASET });
  const app = createApp(store);
  get = async (path) => app.request(path);
});

/** The figures one filtered view shows in HTML, in the map, in .json and in .geojson. */
async function figures(query: string) {
  const html = await (await get(`/en/facilities${query}`)).text();
  const json = (await (await get(`/facilities.json${query}`)).json()) as any;
  const geo = (await (await get(`/facilities.geojson${query}`)).json()) as any;
  const points = /<g class="fmap-points">([\s\S]*?)<\/svg>/.exec(html)![1]!;
  const markers = [...points.matchAll(/<circle [^>]*>/g)].reduce(
    (n, m) => n + Number(/data-n="(\d+)"/.exec(m[0])?.[1] ?? 1),
    0,
  );
  return {
    htmlTotal: Number(/class="summary" data-total="(\d+)"/.exec(html)![1]),
    mapTotal: markers + Number(/data-unplaced="(\d+)"/.exec(html)![1]),
    pipelineMt: Number(/data-pipeline-mt="([\d.]+)"/.exec(html)![1]),
    jsonTotal: json.total,
    jsonPipelineMt: json.totals.pipeline.mt,
    geoFeatures: geo.features.length,
  };
}

describe('/facilities: list, map and totals agree', () => {
  for (const query of [
    '',
    '?status=planned',
    '?country=JP',
    '?type=capture,full_chain',
    '?region=europe&q=sleipner',
    '?country=ZA',
  ]) {
    test(`for "${query || 'no filter'}" the list, the map, .json and .geojson count the same facilities`, async () => {
      const f = await figures(query);
      assert.equal(f.mapTotal, f.htmlTotal);
      assert.equal(f.jsonTotal, f.htmlTotal);
      assert.equal(f.geoFeatures, f.htmlTotal);
      assert.equal(f.jsonPipelineMt, f.pipelineMt);
    });
  }

  test('the unfiltered totals follow the one capacity rule', async () => {
    const json = (await (await get('/facilities.json')).json()) as any;
    assert.equal(json.total, 4);
    // Sleipner 1 (estimated) + Japan–Malaysia 0.75 (midpoint) + up-to plant 2 (bound); the cancelled pilot is not pipeline.
    assert.deepEqual(json.totals.pipeline, { count: 3, unknownCount: 0, mt: 3.75 });
    assert.deepEqual(json.totals.committed, { count: 2, unknownCount: 0, mt: 3 });
  });

  test('facets count a multi-country project under each of its countries', async () => {
    const json = (await (await get('/facilities.json')).json()) as any;
    const country = json.facets.find((f: any) => f.key === 'country');
    assert.equal(country.values.find((v: any) => v.value === 'JP').count, 1);
    assert.equal(country.values.find((v: any) => v.value === 'MY').count, 1);
  });

  test('filters accept labels in any language; an unknown value is a 400 naming the parameter', async () => {
    assert.equal(((await (await get('/facilities.json?status=在建')).json()) as any).total, 1);
    const bad = await get('/facilities.json?status=dreaming');
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(await bad.json()), /status/);
  });

  test('the page for a bad address names the parameter and links to the same list without parameters', async () => {
    const bad = await get('/ja/facilities?status=dreaming&country=JP');
    assert.equal(bad.status, 400);
    const html = await bad.text();
    assert.match(html, /status: [^<]*dreaming/);
    assert.match(html, /<a href="\/ja\/facilities">パラメータを外してこのページを開く<\/a>/);
  });

  test('the CSV twin holds every matching facility with the capacity basis', async () => {
    const csv = await (await get('/facilities.csv?country=US')).text();
    assert.equal(csv.trim().split('\r\n').length, 2);
    assert.match(csv, /iea-30,.*,2,announced-bound,/);
  });

  test('a facility page shows its capacity basis and timeline in every language; a missing one is a 404', async () => {
    const en = await (await get('/en/facilities/iea-20')).text();
    assert.match(en, /0\.75 Mt CO2\/yr \(midpoint of the announced range\)/);
    assert.match(en, /Japan<\/a> · <a[^>]*>Malaysia/);
    const ja = await (await get('/ja/facilities/iea-10')).text();
    assert.match(ja, /1996<\/strong> 稼働/);
    const record = (await (await get('/facilities/iea-30.json')).json()) as any;
    assert.deepEqual(record.derived.capacityBasis, 'announced-bound');
    assert.equal((await get('/en/facilities/nope')).status, 404);
    const csv = (await (await get('/facilities/iea-20.csv')).text()).trim().split('\r\n');
    assert.deepEqual([csv.length, csv[1]!.split(',')[0]], [2, 'iea-20']);
  });

  test('the map script is served as an external asset (no inline script); markers link to their country and status', async () => {
    const html = await (await get('/en/facilities?type=capture')).text();
    assert.match(html, /<script type="module" src="\/assets\/facility-map.js">/);
    // The link keeps the list's filter (type=capture) and adds the marker's country and status.
    assert.match(
      html,
      /<g class="st-under_construction" data-status="under_construction"><a href="\/en\/facilities\?[^"]*" aria-label="United States: 1 × Under construction"><circle [^>]*data-c="US"><title>United States: 1 × Under construction<\/title>/,
    );
    const href = /<a href="([^"]*)" aria-label="United States: 1 × Under construction">/.exec(html)![1]!;
    const params = new URL(href.replace(/&amp;/g, '&'), 'http://x').searchParams;
    assert.deepEqual(
      [params.get('type'), params.get('country'), params.get('status'), params.get('page')],
      ['capture', 'US', 'under_construction', null],
    );
    assert.equal((await get('/assets/facility-map.js')).status, 200);
  });
});
