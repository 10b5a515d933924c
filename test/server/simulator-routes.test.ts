/**
 * The simulator over HTTP: POST /api/simulate with its limits, the /<lang>/simulator page and its .json and
 * .csv twins, and the links to the page from the navigation and from the JP cost-difference policy page.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { bundledApp } from '../helpers/app.ts';
import { SEED_BUNDLE_DIR } from '../helpers/paths.ts';
import { formatMillions } from '../../src/web/pages/simulator-format.ts';
import { simulatorHrefForPolicy } from '../../src/web/pages/simulator-link.tsx';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { presentedSimulationSchema } from '../../src/server/presenters/simulation.ts';
import { ROOT } from '../helpers/paths.ts';

let app: Awaited<ReturnType<typeof bundledApp>>['app'];
let get: Awaited<ReturnType<typeof bundledApp>>['get'];
before(async () => ({ app, get } = await bundledApp(SEED_BUNDLE_DIR)));

const post = (body: string, type = 'application/json') =>
  app.request('/api/simulate', { method: 'POST', headers: { 'content-type': type }, body });

const SMALL = { schemes: ['jp', 'uk-icc', 'us-45q'], monteCarlo: { paths: 200, seed: 3 } };

describe('POST /api/simulate', () => {
  test('answers every selected scheme with yearly flows, run figures and Monte Carlo bands', async () => {
    const res = await post(JSON.stringify(SMALL));
    assert.equal(res.status, 200);
    const body = (await res.json()) as any;
    assert.deepEqual(body.schemes.map((s: any) => s.id), ['jp', 'uk-icc', 'us-45q']);
    assert.equal(body.currency, 'JPY');
    assert.equal(body.monteCarlo.paths, 200);
    const jp = body.schemes[0];
    assert.equal(jp.years.length, 23);
    assert.ok(jp.figures.totalOutlayCcy > 0);
    assert.ok(jp.monteCarlo.totalOutlayCcy.p5 <= jp.monteCarlo.totalOutlayCcy.p95);
    // The base price shows in the years of support, and the centre of the GX-ETS fan is the band mid-point.
    assert.ok(jp.years.filter((y: any) => y.strikePerT !== null).length === 15);
    assert.equal(body.carbonPrice.find((m: any) => m.market === 'gx-ets').centre[0].pricePerT, 3090);
  });

  test('states every scheme parameter with its source and certainty, and marks the scenario\'s overrides', async () => {
    const res = await post(JSON.stringify({ schemes: ['jp', 'us-45q'], monteCarlo: { paths: 0 }, schemeParams: { jp: { supportYears: 10 } } }));
    const body = (await res.json()) as any;
    const support = body.schemes[0].params.find((p: any) => p.key === 'supportYears');
    assert.deepEqual(support, { key: 'supportYears', value: 10, unit: 'years', certainty: 'k', source: support.source, overridden: true, default: 15 });
    assert.equal(body.schemes[0].years.filter((y: any) => y.strikePerT !== null).length, 10);
    const rate = body.schemes[1].params.find((p: any) => p.key === 'rateUsdPerT');
    assert.equal(rate.value, 85);
    assert.equal(rate.certainty, 'v');
    assert.match(rate.source, /45Q/);
  });

  test('the page edits scheme parameters through schemeParams.<scheme>.<key>, with the same result as the API', async () => {
    const html = await (await get('/en/simulator?schemes=us-45q&monteCarlo.paths=0')).text();
    assert.match(html, /<tr data-param="rateUsdPerT">[\s\S]*?name="schemeParams.us-45q.rateUsdPerT" type="text" inputmode="decimal" size="10" value="" placeholder="85"\/> USD\/t<\/td><td>\[v\] checked in the source<\/td>/);
    const query = 'schemes=jp&monteCarlo.paths=0&schemeParams.jp.supportYears=10&schemeParams.jp.clawback=false';
    const twin = (await (await get(`/simulator.json?${query}`)).json()) as any;
    const api = (await (await post(JSON.stringify({ schemes: ['jp'], monteCarlo: { paths: 0 }, schemeParams: { jp: { supportYears: 10, clawback: false } } }))).json()) as any;
    assert.deepEqual(twin, api);
    const page = await (await get(`/en/simulator?${query}`)).text();
    assert.match(page, /<details class="sim-params" open="">/);
    assert.match(page, /name="schemeParams.jp.supportYears" type="text" inputmode="decimal" size="10" value="10"/);
    assert.match(page, /<option value="false" selected="">false<\/option>/);
    const bad = await get('/simulator.json?schemeParams.jp.supportYears=ten&schemeParams.jp.suportYears=3');
    assert.equal(bad.status, 400);
    assert.deepEqual(((await bad.json()) as any).error.problems, [
      'schemeParams.jp.suportYears: unknown parameter; did you mean "schemeParams.jp.supportYears"?',
      'schemeParams.jp.supportYears: must be a number',
    ]);
  });

  test('every answer matches the documented schema, which converts to JSON Schema', async () => {
    const scenarios = [
      SMALL,
      { monteCarlo: { paths: 0 } },
      { schemes: ['jp-ldpa', 'jp'], project: { sector: 'power', power: { capacityKw: 5e5, capacityFactor: 0.7, fuel: 'lng' } }, monteCarlo: { paths: 20 } },
      parseYaml(readFileSync(`${ROOT}examples/scenarios/jp-contract.yaml`, 'utf8')),
    ];
    for (const scenario of scenarios) {
      const body = await (await post(JSON.stringify(scenario))).json();
      const checked = presentedSimulationSchema.safeParse(body);
      assert.ok(checked.success, checked.error?.message);
    }
    const schema = z.toJSONSchema(presentedSimulationSchema, { io: 'output', target: 'draft-2020-12' }) as any;
    assert.ok(schema.properties.schemes.items.properties.figures.required.includes('npvOperatorCcy'));
  });

  test('accepts a YAML body', async () => {
    const res = await post('schemes: [jp]\nmonteCarlo: { paths: 0 }\n', 'application/yaml');
    assert.equal(res.status, 200);
    const body = (await res.json()) as any;
    assert.equal(body.monteCarlo, null);
    assert.equal(body.schemes[0].monteCarlo, null);
  });

  test('refuses an invalid scenario with 400 and the path of each bad field', async () => {
    const res = await post(JSON.stringify({ project: { plateauVolumeT: -1 }, schemes: ['jp', 'uk-ic'] }));
    assert.equal(res.status, 400);
    const body = (await res.json()) as any;
    assert.equal(body.error.message, 'invalid scenario');
    assert.ok(body.error.problems.includes('project.plateauVolumeT: must be > 0'));
    assert.ok(body.error.problems.some((p: string) => p.startsWith('schemes[1]: must be one of')));
  });

  test('refuses a body that is not JSON with 400', async () => {
    const res = await post('{"schemes": [');
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as any).error.message, 'body is not valid JSON');
  });

  test('refuses a body over 256 KB with 413 before reading it', async () => {
    const res = await post(JSON.stringify({ project: { name: 'x'.repeat(300 * 1024) } }));
    assert.equal(res.status, 413);
    assert.match(((await res.json()) as any).error.message, /scenario too large \(limit 256 KB\)/);
  });

  test('refuses more Monte Carlo paths than a request may use with 422', async () => {
    const res = await post(JSON.stringify({ monteCarlo: { paths: 60_000 } }));
    assert.equal(res.status, 422);
    const body = (await res.json()) as any;
    assert.match(body.error.problems[0], /^monteCarlo\.paths: at most 50,000 paths per request/);
  });

  test('refuses a run whose paths × years × schemes would take more than a few seconds, with 422', async () => {
    const started = performance.now();
    const res = await post(JSON.stringify({ monteCarlo: { paths: 50_000 }, project: { constructionYears: 10, operatingYears: 60 } }));
    assert.equal(res.status, 422);
    const body = (await res.json()) as any;
    assert.match(body.error.problems[0], /31,500,000 path-years \(paths × years × schemes\), more than the 20,000,000/);
    // Refused up front: nothing was simulated.
    assert.ok(performance.now() - started < 1000);
  });
});

describe('the simulator page and its twins', () => {
  for (const lang of ['zh', 'en', 'ja'] as const) {
    test(`/${lang}/simulator runs the default steel project and shows the four charts and the tables`, async () => {
      const res = await get(`/${lang}/simulator`);
      assert.equal(res.status, 200);
      const html = await res.text();
      for (const chart of ['chart-annual', 'chart-npv', 'chart-fan-gx-ets', 'chart-fan-eu-ets', 'chart-fan-uk-ets', 'chart-flows']) {
        assert.match(html, new RegExp(`data-chart="${chart}"`), chart);
      }
      assert.match(html, /name="project.captureCapexCcy" type="text" value="120000000000"/);
      assert.match(html, /data-table="summary"/);
      assert.match(html, /data-table="monte-carlo"/);
      assert.match(html, /href="\/simulator\.csv"/);
      assert.match(html, /href="\/simulator\.json"/);
      const title = { zh: '支持机制模拟器', en: 'Support-scheme simulator', ja: '支援制度シミュレーター' }[lang];
      assert.match(html, new RegExp(`<h1>${title}</h1>`));
    });
  }

  test('the page shows the numbers of its .json twin, and the twin equals the API for the same scenario', async () => {
    const query = 'schemes=jp,de-ccfd&monteCarlo.paths=300&monteCarlo.seed=9&project.tsFeeCcyPerT=15000';
    const twin = (await (await get(`/simulator.json?${query}`)).json()) as any;
    const api = (await (await post(JSON.stringify({ schemes: ['jp', 'de-ccfd'], monteCarlo: { paths: 300, seed: 9 }, project: { tsFeeCcyPerT: 15000 } }))).json()) as any;
    assert.deepEqual(twin, api);
    const html = await (await get(`/ja/simulator?${query}`)).text();
    for (const s of api.schemes) {
      const row = new RegExp(`<tr data-scheme="${s.id}">[\\s\\S]*?</tr>`).exec(html)![0];
      for (const field of ['totalOutlayCcy', 'npvGovCcy', 'npvOperatorCcy']) {
        const value = s.figures[field];
        assert.ok(row.includes(`data-value="${value}" data-field="${field}">${formatMillions(value, 'ja')}<`), `${s.id} ${field}`);
      }
    }
  });

  test('the query string reproduces the run; the form shows what was asked', async () => {
    const query = 'schemes=uk-icc&project.plateauVolumeT=2,000,000&carbonPrice.uk-ets.basePrice=60&monteCarlo.paths=100';
    const a = (await (await get(`/en/simulator.json?${query}`)).json()) as any;
    const b = (await (await get(`/simulator.json?${query}`)).json()) as any;
    assert.deepEqual(a, b);
    assert.equal(a.scenario.project.plateauVolumeT, 2_000_000);
    assert.equal(a.carbonPrice[0].centre.find((c: any) => c.year === 2030).pricePerT, Math.round(60 * 1.05 ** 5 * 100) / 100);
    const html = await (await get(`/en/simulator?${query}`)).text();
    assert.match(html, /name="project.plateauVolumeT" type="text" value="2000000"/);
    // The language switcher and the twins keep the run.
    assert.ok(html.includes(`hreflang="ja" href="/ja/simulator?${query.replace(/&/g, '&amp;')}"`));
    assert.match(html, /<a href="\/simulator\.csv\?[^"]*uk-ets\.basePrice=60[^"]*" download="simulation.csv">/);
    assert.match(html, /<input type="checkbox" name="schemes" value="uk-icc" checked=""/);
    assert.doesNotMatch(html, /<input type="checkbox" name="schemes" value="jp" checked/);
  });

  test('the .csv twin has one row per scheme and year with the same amounts', async () => {
    const query = 'schemes=jp,nl-sde&monteCarlo.paths=50';
    const res = await get(`/simulator.csv?${query}`);
    assert.match(res.headers.get('content-type')!, /text\/csv/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 2 * 23);
    const json = (await (await get(`/simulator.json?${query}`)).json()) as any;
    const header = lines[0]!.split(',');
    const row = lines[1 + 5]!.split(',');
    const y = json.schemes[0].years[5];
    assert.equal(row[header.indexOf('year')], String(y.year));
    assert.equal(row[header.indexOf('gov_outlay')], String(y.govOutlayCcy));
    assert.equal(row[header.indexOf('mc_gov_outlay_p50')], String(json.schemes[0].monteCarlo.annualOutlayCcy[5].p50));
  });

  test('a bad parameter is a 400 that names it, and the form keeps what was typed', async () => {
    const res = await get('/zh/simulator?project.captureCapexCcy=lots&monteCarlo.path=5');
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /project.captureCapexCcy: must be a number/);
    assert.match(html, /monteCarlo.path: unknown parameter; did you mean &quot;monteCarlo.paths&quot;\?/);
    assert.match(html, /name="project.captureCapexCcy" type="text" value="lots"/);
    const twin = await get('/simulator.json?project.operatingYears=-3');
    assert.equal(twin.status, 400);
    assert.deepEqual(((await twin.json()) as any).error.problems, ['project.operatingYears: must be ≥ 1']);
  });

  test('text from the query is escaped wherever the page shows it', async () => {
    const html = await (await get('/en/simulator?schemes=jp&monteCarlo.paths=0&project.name=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /value="&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    const bad = await (await get('/en/simulator?%3Cimg%20src=x%3E=1')).text();
    assert.doesNotMatch(bad, /<img src=x>/);
  });

  test('a run too large for a request is refused on the page with 422', async () => {
    const res = await get('/en/simulator?monteCarlo.paths=90000');
    assert.equal(res.status, 422);
    assert.match(await res.text(), /monteCarlo.paths: at most 50,000 paths per request/);
  });

  test('without a language prefix the page redirects and keeps the query', async () => {
    const res = await get('/simulator?schemes=jp', { 'accept-language': 'ja' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/ja/simulator?schemes=jp');
  });

  test('the navigation and the JP cost-difference policy page link to the simulator', async () => {
    const home = await (await get('/en/')).text();
    assert.match(home, /<a href="\/en\/simulator">Simulator<\/a>/);
    const policy = await (await get('/zh/policies/jp-ccs-cost-difference-support-2025')).text();
    assert.match(policy, /<a href="\/zh\/simulator\?schemes=jp%2Cuk-icc%2Cnl-sde%2Cde-ccfd">在支持机制模拟器中为项目运行此机制<\/a>/);
    const other = await (await get('/en/policies/jp-jogmec-advanced-ccs-2024')).text();
    assert.doesNotMatch(other, /data-related="simulator"/);
  });

  test('the interim report behind the JP scheme (seed 001) links to the simulator from its reader page', async () => {
    const { get: getAll } = await bundledApp();
    const html = await (await getAll('/ja/documents/jp-meti-ccs-support-interim-2025')).text();
    assert.match(html, /<p class="notice ok" data-related="simulator"><a href="\/ja\/simulator\?schemes=jp%2Cuk-icc%2Cnl-sde%2Cde-ccfd">この制度を支援制度シミュレーターで案件に当てはめる<\/a><\/p>/);
  });

  test('each policy the simulator models links to a run of its scheme that succeeds', async () => {
    const ids = ['jp-ccs-cost-difference-support-2025', 'jp-ltda-ccs-2025', 'uk-icc-contract-2024', 'nl-sde-plus-plus-ccs-2020', 'dk-ccs-fund-2024', 'de-klimaschutzvertraege-2024', 'us-45q-ira-2022', 'no-longship-2020', 'eu-innovation-fund-2020'];
    for (const id of ids) {
      const href = simulatorHrefForPolicy(id, 'en')!;
      const twin = (await (await get(href.replace('/en/simulator', '/simulator.json'))).json()) as any;
      assert.ok(twin.schemes[0].applicable, `${id}: ${twin.schemes[0].id} applies to the linked project`);
    }
    assert.equal(simulatorHrefForPolicy('jp-jogmec-advanced-ccs-2024', 'en'), undefined);
  });
});
