import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadBundle } from '../../src/store/bundle.ts';
import { openStore } from '../../src/store/store.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

function start(db: string, data: string): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/ccus-atlas.js'), 'serve', '--db', db, '--port', '0'],
    {
      env: { ...process.env, ATLAS_DATA: data },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(output)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk;
      const port = /on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ base: `http://127.0.0.1:${port}`, child });
      }
    });
  });
}

describe('crash safety', () => {
  test('kill -9 during a burst of writes loses no acknowledged write and leaves no partial record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-crash-'));
    const data = join(dir, 'data');
    cpSync(join(FIXTURES, 'bundle'), data, { recursive: true });
    const db = join(dir, 'atlas.db');
    const setup = await openStore(db);
    await loadBundle(setup, data);
    const user = await setup.users.create({
      email: 'w@example.org',
      name: 'W',
      role: 'contributor',
      password: 'writer secret 123',
    });
    const { token } = await setup.users.createToken(user.id, 'burst', 'write');
    const base = (await setup.policies.get('jp-jogmec-advanced-ccs-2024'))!;
    await setup.close();

    const server = await start(db, data);
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const reason = `burst ${n}-${i}`;
        try {
          const res = await fetch(`${server.base}/api/policies/${base.policy.id}`, {
            method: 'PUT',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ record: base.policy, baseVersion: base.version, reason }),
          });
          if (res.status === 202) acknowledged.push(((await res.json()) as { draft: string }).draft);
        } catch {
          return;
        }
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    await new Promise((r) => setTimeout(r, 1500));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    assert.ok(acknowledged.length > 10, `${acknowledged.length} writes acknowledged before the kill`);

    const after = await openStore(db);
    try {
      const drafts = await after.drafts.list();
      const stored = new Set(drafts.map((d) => d.id));
      for (const id of acknowledged) assert.ok(stored.has(id), `acknowledged draft ${id} survived`);
      for (const d of drafts) assert.deepEqual(d.data, base.policy, 'every stored draft is whole');
      const check = await after.db
        .selectFrom('drafts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      assert.equal(Number(check?.n), drafts.length);
    } finally {
      await after.close();
    }
  });
});
