import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { defaultPolicyQuery } from '../../src/domain/policy-query.ts';
import { proposePolicyChange } from '../../src/store/review-workflow.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';
import { buildPolicy } from '../helpers/factories.ts';
import { createTestDatabase, SKIP_POSTGRES } from '../helpers/postgres.ts';

async function snapshot(store: Store) {
  const list = await store.policies.list({ ...defaultPolicyQuery(), pageSize: 200 });
  const policies = list.items.map((i) => i.policy);
  const history = await Promise.all(policies.map((p) => store.policies.history(p.id)));
  const users = (await store.users.list()).map(({ createdAt: _, ...u }) => u);
  const drafts = await store.drafts.list();
  return { policies, history, users, drafts, facets: list.facetCounts };
}

describe('copying a deployment between backends', { skip: SKIP_POSTGRES }, () => {
  test('SQLite → PostgreSQL → SQLite keeps every record, revision, account and draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-copy-'));
    const sqlitePath = join(dir, 'a.db');
    const original = await openStore(sqlitePath);
    await original.policies.save(buildPolicy({ id: 'one' }), { author: 'a', reason: 'first' });
    await original.policies.save(buildPolicy({ id: 'one', year: 2021 }), { author: 'b', reason: 'second' });
    await original.policies.save(buildPolicy({ id: 'two', country: 'JP', title: { ja: '二つ目' } }), { author: 'a', reason: 'x' });
    const alice = await original.users.create({ email: 'a@example.org', name: 'A', role: 'contributor', password: 'long enough secret' });
    await proposePolicyChange(original, alice, buildPolicy({ id: 'two', year: 1999 }), 1, 'pending change');
    const before = await snapshot(original);
    await original.close();

    const pg = await createTestDatabase();
    try {
      const copied = await runCli(['copy', '--from', `sqlite:${sqlitePath}`, '--to', pg.url]);
      assert.equal(copied.code, 0, copied.stderr);
      assert.match(copied.stdout, /copied \d+ row\(s\)/);
      const onPg = await openStore(pg.url);
      assert.deepEqual(await snapshot(onPg), before);
      assert.equal((await onPg.users.authenticate('a@example.org', 'long enough secret'))?.name, 'A');
      await onPg.policies.save(buildPolicy({ id: 'three' }), { author: 'c', reason: 'after copy' });
      assert.equal((await onPg.policies.history('three'))[0]!.version, 1, 'serial ids continue after the copied ones');
      await onPg.close();

      const back = join(dir, 'b.db');
      assert.equal((await runCli(['copy', '--from', pg.url, '--to', back])).code, 0);
      const roundTrip = await openStore(back);
      const after = await snapshot(roundTrip);
      assert.deepEqual(after.policies.filter((p) => p.id !== 'three'), before.policies);
      assert.deepEqual(after.users, before.users);
      assert.deepEqual(after.drafts, before.drafts);
      await roundTrip.close();

      const refused = await runCli(['copy', '--from', `sqlite:${sqlitePath}`, '--to', pg.url]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /not empty/);
    } finally {
      await pg.drop();
    }
  });
});

describe('ccus-atlas migrate', () => {
  test('brings a new database up to date and then says so', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'atlas-migrate-')), 'm.db');
    const first = await runCli(['migrate', '--db', db]);
    assert.equal(first.code, 0);
    assert.match(first.stdout, /applied 2026-11-27T10-30-create-policies/);
    assert.match((await runCli(['migrate', '--db', db])).stdout, /is up to date/);
  });
});
