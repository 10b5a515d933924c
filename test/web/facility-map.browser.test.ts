import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { IEA_DATASET } from '../../src/ingest/iea-columns.ts';
import { readIeaWorkbook } from '../../src/ingest/iea-xlsx.ts';
import { importFacilities } from '../../src/store/facility-import.ts';
import { bundledApp } from '../helpers/app.ts';
import { launchChromium, listen, SKIP_BROWSER } from '../helpers/browser.ts';
import { buildIeaWorkbook } from '../helpers/iea-workbook.ts';

describe('the facility map in a browser', { skip: SKIP_BROWSER }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof listen>>;
  before(async () => {
    const app = await bundledApp();
    const { facilities } = await readIeaWorkbook(await buildIeaWorkbook(), 'sample.xlsx');
    await importFacilities(app.store, facilities, {
      author: 'test',
      reason: 'fixture',
      dataset: IEA_DATASET,
    });
    server = await listen(app.app);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('zooms with the wheel, resets, and a marker, reached by keyboard, opens the list filtered to its country and status', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const failed: string[] = [];
    page.on('console', (m) => m.type() === 'error' && failed.push(m.text()));
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(`${server.base}/en/facilities?type=capture`);
    const map = page.locator('svg[data-map="world"]');
    const before = await map.getAttribute('viewBox');
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction(
      (b) => document.querySelector('svg[data-map="world"]')!.getAttribute('viewBox') !== b,
      before,
    );
    assert.equal(await page.locator('.fmap-reset').isVisible(), true);
    await page.locator('.fmap-reset').click();
    assert.equal(await map.getAttribute('viewBox'), before);
    // Markers are links: reachable with the keyboard and followed with Enter.
    const marker = page.locator('svg[data-map="world"] a:has(circle[data-c="US"])').first();
    await marker.focus();
    assert.equal(
      await page.evaluate(() => document.activeElement?.querySelector('circle')?.getAttribute('data-c')),
      'US',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/country=US/);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('type'), 'capture');
    assert.equal(url.searchParams.get('status'), 'under_construction');
    assert.deepEqual(failed, [], 'no failed requests or console errors (CSP included)');
  });
});
