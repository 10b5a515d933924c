import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openStore } from '../../src/store/store.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';
import { createTestDatabase, SKIP_POSTGRES } from '../helpers/postgres.ts';

/** Starts `ccus-atlas serve` as its own process on a free port; resolves with its base URL. */
function startServer(dbUrl: string, dataDir: string): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/ccus-atlas.js'), 'serve', '--db', dbUrl, '--port', '0'],
    {
      env: { ...process.env, ATLAS_DATA: dataDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ base: `http://127.0.0.1:${port}`, child });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

describe('two server processes on one PostgreSQL database', { skip: SKIP_POSTGRES }, () => {
  const children: ChildProcess[] = [];
  let drop = async () => undefined as void;
  after(async () => {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await drop();
  });

  test('start together, share sessions and writes, and refuse conflicting approvals', async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    const data = mkdtempSync(join(tmpdir(), 'atlas-two-'));
    cpSync(join(FIXTURES, 'bundle'), data, { recursive: true });

    const [a, b] = await Promise.all([startServer(database.url, data), startServer(database.url, data)]);
    children.push(a.child, b.child);

    const store = await openStore(database.url);
    try {
      const policies = await store.policies.list({
        country: [],
        year: [],
        status: [],
        category: [],
        legalWeight: [],
        reviewStatus: [],
        q: '',
        sort: 'title',
        page: 1,
        pageSize: 50,
      });
      const first = policies.items[0]!;
      assert.ok(policies.total > 0);
      for (const item of policies.items)
        assert.equal((await store.policies.history(item.policy.id)).length, 1, 'the bundle was loaded once');

      const carla = await store.users.create({
        email: 'c@example.org',
        name: 'Carla',
        role: 'contributor',
        password: 'contributor secret',
      });
      const rui = await store.users.create({
        email: 'r@example.org',
        name: 'Rui',
        role: 'reviewer',
        password: 'reviewer secret!',
      });
      const rita = await store.users.create({
        email: 'r2@example.org',
        name: 'Rita',
        role: 'reviewer',
        password: 'reviewer secret?',
      });
      const carlaToken = (await store.users.createToken(carla.id, 't', 'write')).token;
      const ruiToken = (await store.users.createToken(rui.id, 't', 'write')).token;
      const ritaToken = (await store.users.createToken(rita.id, 't', 'write')).token;
      const call = (base: string, token: string, method: string, path: string, body?: unknown) =>
        fetch(base + path, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });

      // Two drafts on the same version, proposed through different processes.
      const id = first.policy.id;
      const d1 = (await (
        await call(a.base, carlaToken, 'PUT', `/api/policies/${id}`, {
          record: { ...first.policy, year: 2031 },
          baseVersion: first.version,
          reason: 'one',
        })
      ).json()) as { draft: string };
      const d2 = (await (
        await call(b.base, carlaToken, 'PUT', `/api/policies/${id}`, {
          record: { ...first.policy, year: 2032 },
          baseVersion: first.version,
          reason: 'two',
        })
      ).json()) as { draft: string };

      // Approved at the same moment by two reviewers on two processes: exactly one wins.
      const results = await Promise.all([
        call(a.base, ruiToken, 'POST', `/api/drafts/${d1.draft}/approve`, { comment: '' }),
        call(b.base, ritaToken, 'POST', `/api/drafts/${d2.draft}/approve`, { comment: '' }),
      ]);
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);

      // What one process wrote, the other serves at once.
      const fromA = (await (await fetch(`${a.base}/policies/${id}.json`)).json()) as {
        year: number;
        version: number;
      };
      const fromB = (await (await fetch(`${b.base}/policies/${id}.json`)).json()) as {
        year: number;
        version: number;
      };
      assert.deepEqual(fromA, fromB);
      assert.ok([2031, 2032].includes(fromA.year));
      assert.equal(fromA.version, first.version + 1);

      // A session started on one process is valid on the other.
      const form = new URLSearchParams({ email: 'c@example.org', password: 'contributor secret' });
      const csrfRes = await fetch(`${a.base}/en/signin`);
      const csrf = /atlas_csrf=([^;]+)/.exec(csrfRes.headers.getSetCookie().join(';'))![1]!;
      form.set('_csrf', csrf);
      const signIn = await fetch(`${a.base}/en/signin`, {
        method: 'POST',
        body: form,
        redirect: 'manual',
        headers: {
          cookie: `atlas_csrf=${csrf}`,
          origin: a.base,
          'content-type': 'application/x-www-form-urlencoded',
        },
      });
      assert.equal(signIn.status, 303);
      const session = /atlas_session=([^;]+)/.exec(signIn.headers.getSetCookie().join(';'))![1]!;
      const account = await fetch(`${b.base}/en/account`, {
        headers: { cookie: `atlas_session=${session}` },
        redirect: 'manual',
      });
      assert.equal(account.status, 200);
      assert.match(await account.text(), /c@example\.org/);
    } finally {
      await store.close();
    }
  });
});
