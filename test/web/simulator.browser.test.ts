/**
 * The simulator page in a real browser: in each language the charts render with a size, the comparison
 * table shows the numbers the API returns for the same scenario, the form runs a changed scenario and its
 * address reproduces it, and nothing breaks the Content-Security-Policy.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { bundledApp } from '../helpers/app.ts';
import { launchChromium, listen, SKIP_BROWSER } from '../helpers/browser.ts';
import { SEED_BUNDLE_DIR } from '../helpers/paths.ts';
import { formatMillions } from '../../src/web/pages/simulator-format.ts';

const QUERY = 'schemes=jp,uk-icc,nl-sde&monteCarlo.paths=300&monteCarlo.seed=11';
const SCENARIO = { schemes: ['jp', 'uk-icc', 'nl-sde'], monteCarlo: { paths: 300, seed: 11 } };
const CHARTS = ['chart-annual', 'chart-npv', 'chart-fan-gx-ets', 'chart-fan-eu-ets', 'chart-fan-uk-ets', 'chart-flows'];

describe('simulator page in a real browser', { skip: SKIP_BROWSER }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof listen>>;
  let api: any;
  before(async () => {
    server = await listen((await bundledApp(SEED_BUNDLE_DIR)).app);
    browser = await launchChromium();
    const res = await fetch(`${server.base}/api/simulate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(SCENARIO) });
    api = await res.json();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of ['zh', 'en', 'ja'] as const) {
    test(`in ${lang}: the charts are drawn and the table shows the API's numbers`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && failed.push(m.text()));
      await page.goto(`${server.base}/${lang}/simulator?${QUERY}`);
      for (const chart of CHARTS) {
        const svg = page.locator(`svg[data-chart="${chart}"]`);
        assert.ok(await svg.isVisible(), `${chart} visible`);
        const box = (await svg.boundingBox())!;
        assert.ok(box.width > 400 && box.height > 150, `${chart} drawn at ${box.width}x${box.height}`);
      }
      // One line per scheme in the annual chart, a strike line for the JP base price on the GX-ETS fan.
      assert.equal(await page.locator('svg[data-chart="chart-annual"] polyline[data-series]').count(), 3);
      assert.equal(await page.locator('svg[data-chart="chart-fan-gx-ets"] polyline[data-line="strike"]').count(), 1);
      assert.equal(await page.locator('svg[data-chart="chart-fan-gx-ets"] polygon[data-band]').count(), 2);
      for (const s of api.schemes) {
        const row = page.locator(`table[data-table="summary"] tr[data-scheme="${s.id}"]`);
        for (const field of ['totalOutlayCcy', 'npvGovCcy', 'npvOperatorCcy']) {
          const cell = row.locator(`td[data-field="${field}"]`);
          assert.equal((await cell.innerText()).trim(), formatMillions(s.figures[field], lang), `${lang} ${s.id} ${field}`);
        }
      }
      assert.equal(await page.getAttribute('html', 'lang'), lang === 'zh' ? 'zh-Hans' : lang);
      assert.deepEqual(failed, [], 'no failed requests or console errors (CSP included)');
      await page.close();
    });
  }

  test('submitting the form runs the changed scenario and the address reproduces it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.base}/en/simulator?${QUERY}`);
    await page.fill('input[name="project.tsFeeCcyPerT"]', '20000');
    await page.uncheck('input[name="schemes"][value="nl-sde"]');
    await Promise.all([page.waitForURL(/tsFeeCcyPerT=20000/), page.click('button[type="submit"]')]);
    const url = new URL(page.url());
    assert.equal(url.pathname, '/en/simulator');
    assert.deepEqual(url.searchParams.getAll('schemes'), ['jp', 'uk-icc']);
    // Fields left at their defaults (empty) stay out of the address.
    assert.ok(![...url.searchParams.values()].includes(''), `no empty parameters in ${url.search}`);
    const shown = (await page.locator('table[data-table="summary"] tr[data-scheme="jp"] td[data-field="totalOutlayCcy"]').getAttribute('data-value'))!;
    const twin = (await (await fetch(`${server.base}/simulator.json${url.search}`)).json()) as any;
    assert.equal(twin.scenario.project.tsFeeCcyPerT, 20000);
    assert.equal(Number(shown), twin.schemes[0].figures.totalOutlayCcy);
    assert.ok(twin.schemes[0].figures.totalOutlayCcy > api.schemes[0].figures.totalOutlayCcy, 'a higher fee raises the JP outlay');
    await page.close();
  });

  test('a scheme parameter edited in the parameter table reruns the scheme with it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.base}/ja/simulator?${QUERY}`);
    await page.click('details.sim-params > summary');
    await page.fill('input[name="schemeParams.jp.supportYears"]', '10');
    await Promise.all([page.waitForURL(/schemeParams\.jp\.supportYears=10/), page.click('details.sim-params button[type="submit"]')]);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('schemeParams.jp.supportYears'), '10');
    assert.equal(url.searchParams.get('schemeParams.jp.clawback'), null);
    assert.equal(await page.locator('svg[data-chart="chart-fan-gx-ets"] polyline[data-line="strike"]').count(), 1);
    const twin = (await (await fetch(`${server.base}/simulator.json${url.search}`)).json()) as any;
    assert.equal(twin.schemes[0].years.filter((y: any) => y.strikePerT !== null).length, 10);
    const shown = await page.locator('table[data-table="summary"] tr[data-scheme="jp"] td[data-field="totalOutlayCcy"]').innerText();
    assert.equal(shown.trim(), formatMillions(twin.schemes[0].figures.totalOutlayCcy, 'ja'));
    await page.close();
  });
});
