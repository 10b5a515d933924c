import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../../src/server/app.ts';
import { loadBundle } from '../../src/store/bundle.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { launchChromium, listen, SKIP_BROWSER } from '../helpers/browser.ts';
import { ROOT, SEED_BUNDLE_DIR } from '../helpers/paths.ts';

const ID = 'jp-ccs-cost-difference-support-2025';

describe('from the first admin to a reviewed change, in a real browser', { skip: SKIP_BROWSER }, () => {
  let browser: Browser;
  let store: Store;
  let server: Awaited<ReturnType<typeof listen>>;
  const db = join(mkdtempSync(join(tmpdir(), 'atlas-e2e-')), 'atlas.db');
  before(async () => {
    const made = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin/ccus-atlas.js'),
        'user',
        'add',
        'admin@example.org',
        '--role',
        'admin',
        '--name',
        'Ada',
        '--db',
        db,
      ],
      {
        input: 'the first admin password\n',
        encoding: 'utf8',
      },
    );
    assert.equal(made.status, 0, made.stderr);
    store = await openStore(db);
    await loadBundle(store, SEED_BUNDLE_DIR);
    server = await listen(createApp(store));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await store?.close();
  });

  const signIn = async (email: string, password: string): Promise<Page> => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.base}/en/signin`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', password);
    await page.click('form.stack button[type=submit]');
    await page.waitForURL(/\/en\/account$/);
    return page;
  };
  const invite = async (admin: Page, email: string, name: string, role: string) => {
    await admin.goto(`${server.base}/en/admin/users`);
    await admin.fill('form.stack input[name=email]', email);
    await admin.fill('form.stack input[name=name]', name);
    await admin.selectOption('form.stack select[name=role]', role);
    await admin.click('form.stack button[type=submit]');
    return (await admin.locator('[data-invite-password]').textContent())!.trim();
  };

  test('the admin invites a contributor and a reviewer; the contributor edits incentive evidence; the reviewer approves; the public page and history show it', async () => {
    const admin = await signIn('admin@example.org', 'the first admin password');
    const contributorPassword = await invite(admin, 'carla@example.org', 'Carla', 'contributor');
    const reviewerPassword = await invite(admin, 'rui@example.org', 'Rui', 'reviewer');

    const carla = await signIn('carla@example.org', contributorPassword);
    await carla.goto(`${server.base}/en/policies/${ID}`);
    await carla.click('text=Propose a change');
    const evidence =
      'The base price is capture cost plus the transport and storage fee; the reference price is a carbon price (interim report 4-1).';
    await carla.fill('#f-analysis\\.incentive\\.evidence\\.en', evidence);
    await carla.fill('textarea[name=_reason]', 'shorter evidence that names the section');
    await carla.click('.stack button[type=submit]');
    await carla.waitForURL(/\/en\/review\//);

    const rui = await signIn('rui@example.org', reviewerPassword);
    await rui.goto(`${server.base}/en/review`);
    await rui.click('tr:has-text("shorter evidence that names the section") a');
    await rui.fill('textarea[name=comment]', 'matches the report');
    await rui.click('text=Approve and publish');
    await rui.waitForURL(new RegExp(`/en/policies/${ID}$`));

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`${server.base}/en/policies/${ID}`);
    assert.ok(await reader.locator(`#dim-incentive >> text=${evidence}`).isVisible());
    assert.ok(await reader.locator('text=Reviewed by Rui.').isVisible());
    assert.equal((await reader.locator('[data-field="author"]').textContent())?.trim(), 'Carla');
    await reader.click('text=History');
    const change = reader.locator('[data-version="2"] [data-path="analysis.incentive.evidence.en"]');
    assert.ok(await change.isVisible());
    assert.ok((await change.locator('ins').count()) > 0, 'the diff marks the inserted words');
    assert.ok(
      await reader.locator('[data-version="2"] >> text=approved by Rui: matches the report').isVisible(),
    );
  });
});
