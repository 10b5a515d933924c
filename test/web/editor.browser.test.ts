import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { launchChromium, listen, SKIP_BROWSER } from '../helpers/browser.ts';
import { memoryStore } from '../helpers/store.ts';
import { addPeople } from '../helpers/users.ts';

const ID = 'jp-ccs-cost-difference-support-2025';

describe('editing and reviewing in a real browser', { skip: SKIP_BROWSER }, () => {
  let browser: Browser;
  let store: Store;
  let server: Awaited<ReturnType<typeof listen>>;
  before(async () => {
    store = await memoryStore({ bundle: true });
    await addPeople(store);
    server = await listen(createApp(store));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await store?.close();
  });

  const signIn = async (email: string, password: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.base}/ja/signin`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', password);
    await page.click('form.stack button[type=submit]');
    return page;
  };

  test('a contributor cites a stored passage with the picker, a reviewer approves, the page shows the linked citation', async () => {
    const carla = await signIn('carla@example.org', 'contributor secret 1');
    const errors: string[] = [];
    carla.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await carla.goto(`${server.base}/ja/policies/${ID}/edit`);
    await carla.fill('#f-analysis\\.market\\.citation\\.documentId', '');
    await carla.fill('#f-analysis\\.market\\.citation\\.anchor', '');
    const picker = carla.locator('[data-picker-for="analysis.market.citation"] input[type=search]');
    await picker.fill('上限価格');
    const choice = carla
      .locator('[data-picker-for="analysis.market.citation"] .picker-results button')
      .first();
    await choice.waitFor({ timeout: 10_000 });
    await choice.click();
    assert.equal(
      await carla.inputValue('#f-analysis\\.market\\.citation\\.documentId'),
      'jp-meti-ccs-support-interim-2025',
    );
    const anchor = await carla.inputValue('#f-analysis\\.market\\.citation\\.anchor');
    assert.match(anchor, /^4-4\.2/);
    await carla.fill('textarea[name=_reason]', '上限価格の段落を引用');
    await carla.click('.stack button[type=submit]');
    await carla.waitForURL(/\/ja\/review\//);
    assert.ok(await carla.locator('[data-status="pending"]').isVisible());
    const draftUrl = carla.url();
    assert.deepEqual(errors, []);

    const rui = await signIn('rui@example.org', 'reviewer secret 22');
    await rui.goto(draftUrl);
    assert.ok(await rui.locator('[data-path="analysis.market.citation.anchor"]').isVisible());
    await rui.fill('textarea[name=comment]', '確認済み');
    await rui.click('text=承認して公開');
    await rui.waitForURL(new RegExp(`/ja/policies/${ID}$`));
    const cite = rui.locator('#dim-market .cite a').first();
    assert.match(
      (await cite.getAttribute('href'))!,
      new RegExp(`/documents/jp-meti-ccs-support-interim-2025.*#${anchor.replace('.', '\\.')}`),
    );
    assert.ok(await rui.locator('text=レビュー担当：Rui').isVisible());
  });
});
