import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { browserClient } from '../helpers/client.ts';
import { addPeople } from '../helpers/users.ts';
import { buildPolicy } from '../helpers/factories.ts';
import { memoryStore } from '../helpers/store.ts';

const XSS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  'javascript:alert(4)',
  '</textarea><script>alert(5)</script>',
];

describe('attacks on the running application do no harm', () => {
  const stores: Store[] = [];
  after(() => Promise.all(stores.map((s) => s.close())));
  const setup = async () => {
    const store = await memoryStore({ bundle: true });
    stores.push(store);
    await addPeople(store, ['carla', 'rui', 'ada']);
    const app = createApp(store);
    return { store, app };
  };

  test('stored XSS in every text field, Markdown and chart labels is escaped on every page and twin', async () => {
    const { store, app } = await setup();
    const payload = XSS.join(' ');
    await store.policies.save(
      buildPolicy({
        id: 'hostile',
        title: { en: payload, ja: payload, zh: payload },
        description: { en: `[x](javascript:alert(6)) <iframe src=//evil> ${payload}` },
        tags: { en: XSS },
        source: payload,
        analysis: Object.fromEntries(
          ['incentive', 'statutory', 'market', 'strategic', 'mrv'].map((d) => [
            d,
            {
              score: 50,
              label: { en: payload },
              evidence: { en: payload },
              citation: { text: payload, url: 'https://example.org/?q=<script>' },
            },
          ]),
        ),
        evolution: { clusters: XSS, milestones: [{ date: '2024-01-01', event: { en: payload } }] },
      }),
      { author: payload, reason: payload },
    );
    const client = browserClient(app);
    await client.signIn('rui@example.org', 'reviewer secret 22');
    for (const path of [
      '/en/policies/hostile',
      '/ja/policies/hostile',
      '/en/policies',
      '/en/policies/hostile/history',
      '/en/',
      '/en/search?q=%3Cscript%3E',
    ]) {
      const html = await (await client.get(path)).text();
      assert.doesNotMatch(html, /<script>alert|<img src=x|<svg onload|<iframe|href="javascript:/i, path);
    }
    const csv = await (await app.request('/policies.csv')).text();
    assert.ok(!csv.includes('\n<script>'), 'CSV cells stay quoted text');
  });

  test('CSRF: forms without the token, with a wrong token, or from another origin change nothing', async () => {
    const { store, app } = await setup();
    const carla = browserClient(app);
    await carla.signIn('carla@example.org', 'contributor secret 1');
    const before = (
      await store.users.tokens(
        (await store.users.authenticate('carla@example.org', 'contributor secret 1'))!.id,
      )
    ).length;
    assert.equal(
      (await carla.post('/en/account/tokens', { name: 'x', scope: 'write' }, { csrf: '' })).status,
      403,
    );
    assert.equal(
      (await carla.post('/en/account/tokens', { name: 'x', scope: 'write' }, { csrf: 'A'.repeat(24) }))
        .status,
      403,
    );
    assert.equal(
      (
        await carla.post(
          '/en/account/tokens',
          { name: 'x', scope: 'write' },
          { origin: 'https://evil.example' },
        )
      ).status,
      403,
    );
    const carlaId = (await store.users.list()).find((u) => u.email === 'carla@example.org')!.id;
    assert.equal((await store.users.tokens(carlaId)).length, before);
  });

  test('privilege escalation: readers cannot write, contributors cannot approve or administer, read tokens cannot write', async () => {
    const { store, app } = await setup();
    const reader = browserClient(app);
    assert.equal(
      (await reader.post('/en/policies/jp-jogmec-advanced-ccs-2024/edit', { _reason: 'x' })).status,
      303,
      'sent to sign in',
    );
    const carla = browserClient(app);
    await carla.signIn('carla@example.org', 'contributor secret 1');
    const form = await (await carla.get('/en/policies/jp-ccs-cost-difference-support-2025/edit')).text();
    assert.match(form, /name="_baseVersion" value="1"/);
    const draft = await carla.post('/en/policies/jp-ccs-cost-difference-support-2025/history/1/restore', {});
    const draftUrl = draft.headers.get('location')!;
    assert.equal(
      (await carla.post(`${draftUrl}/approve`, { comment: 'self' })).status,
      403,
      'no self-approval',
    );
    assert.equal((await carla.get('/en/admin/users')).status, 403);
    assert.equal(
      (await carla.post('/en/admin/users', { email: 'x@example.org', name: 'X', role: 'admin' })).status,
      403,
    );
    const carlaId = (await store.users.list()).find((u) => u.email === 'carla@example.org')!.id;
    assert.equal((await carla.post(`/en/admin/users/${carlaId}/role`, { role: 'admin' })).status, 403);
    assert.equal((await store.users.get(carlaId))?.role, 'contributor');

    const { token } = await store.users.createToken(carlaId, 'ro', 'read');
    const policy = (await store.policies.get('jp-ccs-cost-difference-support-2025'))!;
    const res = await app.request('/api/policies/jp-ccs-cost-difference-support-2025', {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ record: policy.policy, baseVersion: policy.version, reason: 'x' }),
    });
    assert.equal(res.status, 403);
    const cookieWrite = await app.request('/api/policies/jp-ccs-cost-difference-support-2025', {
      method: 'PUT',
      headers: {
        cookie: carla.jar.get('atlas_session') ? `atlas_session=${carla.jar.get('atlas_session')}` : '',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ record: policy.policy, baseVersion: policy.version, reason: 'x' }),
    });
    assert.equal(cookieWrite.status, 401, 'API writes never accept cookies');
  });

  test('SQL injection in every filter and search parameter is inert', async () => {
    const { store, app } = await setup();
    const count = await store.policies.count();
    const injections = [
      "' OR 1=1 --",
      "JP'); DROP TABLE policies; --",
      '1 UNION SELECT password_hash FROM users',
      '%',
      '"; DELETE FROM revisions; --',
    ];
    for (const value of injections) {
      const v = encodeURIComponent(value);
      for (const path of [
        `/policies.json?q=${v}`,
        `/policies.json?country=${v}`,
        `/policies.json?status=${v}`,
        `/policies.json?year=${v}`,
        `/search.json?q=${v}`,
        `/facilities.json?q=${v}`,
        `/api/policies?category=${v}`,
      ]) {
        const res = await app.request(path);
        assert.ok(res.status === 200 || res.status === 400, `${path} → ${res.status}`);
        const body = await res.text();
        assert.doesNotMatch(body, /\$argon2id\$/, 'no password hashes leak');
      }
    }
    assert.equal(await store.policies.count(), count);
    assert.ok((await store.policies.history('jp-jogmec-advanced-ccs-2024')).length > 0);
  });

  test('path traversal in record, document and asset paths finds nothing', async () => {
    const { app } = await setup();
    for (const path of [
      '/policies/..%2F..%2Fpackage.json.json',
      '/en/documents/..%2F..%2Fetc%2Fpasswd',
      '/assets/..%2F..%2Fpackage.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/en/policies/%00.md',
    ]) {
      const res = await app.request(path);
      assert.ok([400, 404].includes(res.status), `${path} → ${res.status}`);
      assert.doesNotMatch(await res.text(), /"name": "ccus-atlas"|root:x:0/);
    }
  });

  test('session fixation: a session cookie set before sign-in is replaced, and sign-out ends it server-side', async () => {
    const { app, store } = await setup();
    const victim = browserClient(app);
    victim.jar.set('atlas_session', 'attacker-chosen-value');
    await victim.signIn('carla@example.org', 'contributor secret 1');
    const session = victim.jar.get('atlas_session')!;
    assert.notEqual(session, 'attacker-chosen-value');
    assert.ok(await store.users.userForSession(session));
    await victim.post('/en/signout', {});
    assert.equal(await store.users.userForSession(session), undefined);
  });

  test('brute force: after five failures the account is locked, even with the right password', async () => {
    const { app, store } = await setup();
    const attacker = browserClient(app);
    for (let i = 0; i < 5; i++) {
      assert.equal(
        (await attacker.post('/en/signin', { email: 'ada@example.org', password: `guess number ${i}` }))
          .status,
        401,
      );
    }
    const locked = await attacker.post('/en/signin', {
      email: 'ada@example.org',
      password: 'administrator secret',
    });
    assert.equal(locked.status, 429);
    assert.match(await locked.text(), /Too many failed sign-ins/);
    const events = (await store.security.recent()).map((e) => e.kind);
    assert.ok(events.includes('signin.locked'));
    assert.equal(
      events.filter((k) => k === 'signin.failure').length,
      10,
      'each failure logged for the account and the address',
    );
  });

  test('oversized request bodies are refused', async () => {
    const { app } = await setup();
    const res = await app.request('/en/signin', {
      method: 'POST',
      body: 'x='.padEnd(3 * 1024 * 1024, 'a'),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
    });
    assert.equal(res.status, 413);
  });
});

describe('administration', () => {
  test('an admin invites a contributor with a one-time password and changes roles', async () => {
    const store = await memoryStore();
    await store.users.create({
      email: 'ada@example.org',
      name: 'Ada',
      role: 'admin',
      password: 'administrator secret',
    });
    const app = createApp(store);
    const ada = browserClient(app);
    await ada.signIn('ada@example.org', 'administrator secret');
    const page = await (
      await ada.post('/ja/admin/users', { email: 'New@Example.org', name: 'Noa', role: 'contributor' })
    ).text();
    const password = /data-invite-password[^>]*>([^<]+)</.exec(page)![1]!;
    const noa = await store.users.authenticate('new@example.org', password);
    assert.equal(noa?.role, 'contributor');
    assert.equal((await ada.post(`/ja/admin/users/${noa!.id}/role`, { role: 'reviewer' })).status, 303);
    assert.equal((await store.users.get(noa!.id))?.role, 'reviewer');
    assert.match(
      (
        await ada.post('/ja/admin/users', { email: 'new@example.org', name: 'Again', role: 'admin' })
      ).headers.get('content-type')!,
      /html/,
    );
    assert.deepEqual(
      (await store.security.recent()).map((e) => e.kind).filter((k) => k.startsWith('user.')),
      ['user.role', 'user.created'],
    );
    await store.close();
  });
});
