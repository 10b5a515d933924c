import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';
import { createTestDatabase, SKIP_POSTGRES } from '../helpers/postgres.ts';
import { loadBundle } from '../../src/store/bundle.ts';
import { DATA_DIR } from '../helpers/paths.ts';

const PROBES = [
  '/policies.json?pageSize=200',
  '/policies/jp-jogmec-advanced-ccs-2024.json',
  '/search.json?q=%E4%B8%8A%E9%99%90%E4%BE%A1%E6%A0%BC',
  '/search.json?q=force%20majeure',
  '/facilities.json',
  '/documents.json',
];

/** Search scores are sums of logarithms: PostgreSQL's agree with SQLite's to about 1e-15, not bit for bit. */
const roundScores = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(roundScores)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value).map(([k, v]) => [
            k,
            k === 'score' && typeof v === 'number' ? Number(v.toFixed(9)) : roundScores(v),
          ]),
        )
      : value;

async function answers(store: Store) {
  const app = createApp(store);
  const out: Record<string, unknown> = {};
  for (const path of PROBES) {
    const res = await app.request(path);
    out[path] = res.status === 200 ? roundScores(await res.json()) : res.status;
  }
  return out;
}

describe('backup and restore', () => {
  test('an SQLite backup restored into a new SQLite database gives the same API answers, search included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-backup-'));
    const source = join(dir, 'live.db');
    const live = await openStore(source);
    await loadBundle(live, DATA_DIR);
    const expected = await answers(live);
    await live.close();

    const backup = join(dir, 'backup.db');
    const made = await runCli(['backup', backup, '--db', source]);
    assert.equal(made.code, 0, made.stderr);
    assert.equal((await runCli(['backup', backup, '--db', source])).code, 1, 'never overwrites a file');

    const restoredPath = join(dir, 'restored.db');
    const restored = await runCli(['restore', backup, '--db', restoredPath]);
    assert.equal(restored.code, 0, restored.stderr);
    const store = await openStore(restoredPath);
    assert.deepEqual(await answers(store), expected);
    await store.close();
  });

  test(
    'PostgreSQL: restore an SQLite backup, back it up again, and every answer stays the same',
    { skip: SKIP_POSTGRES },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'atlas-backup-pg-'));
      const live = await openStore(join(dir, 'live.db'));
      await loadBundle(live, DATA_DIR);
      const expected = await answers(live);
      await live.close();
      assert.equal((await runCli(['backup', join(dir, 'b1.db'), '--db', join(dir, 'live.db')])).code, 0);

      const pg = await createTestDatabase();
      try {
        assert.equal((await runCli(['restore', join(dir, 'b1.db'), '--db', pg.url])).code, 0);
        const onPg = await openStore(pg.url);
        assert.deepEqual(await answers(onPg), expected);
        await onPg.close();
        const again = join(dir, 'from-pg.db');
        const made = await runCli(['backup', again, '--db', pg.url]);
        assert.equal(made.code, 0, made.stderr);
        const back = await openStore(join(dir, 'back.db'));
        await back.close();
        assert.equal((await runCli(['restore', again, '--db', join(dir, 'back.db')])).code, 0);
        const sqlite = await openStore(join(dir, 'back.db'));
        assert.deepEqual(await answers(sqlite), expected);
        await sqlite.close();
      } finally {
        await pg.drop();
      }
    },
  );
});
