/**
 * Load on a running server, on SQLite and on PostgreSQL: cached public JSON reads (conditional
 * requests answered 304), uncached JSON reads, writes (proposed changes through the API) and a mixed
 * 90/10 read/write run; prints throughput, latency percentiles, errors and the server's memory.
 * Targets: ≥ 2,000 req/s cached reads, ≥ 300 writes/s on SQLite, zero errors, memory growth < 10%.
 *
 *   node --import tsx bench/load.ts                 # 20 s per scenario
 *   LOAD_SECONDS=600 node --import tsx bench/load.ts  # the 10-minute run
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadBundle } from '../src/store/bundle.ts';
import { openStore } from '../src/store/store.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
/** LOAD_ONLY=cached,reads,writes,mixed and LOAD_BACKENDS=sqlite,postgres pick what runs. */
const ONLY = new Set((process.env.LOAD_ONLY ?? 'cached,reads,writes,mixed').split(','));
const BACKENDS = new Set((process.env.LOAD_BACKENDS ?? 'sqlite,postgres').split(','));
const ROOT = new URL('../', import.meta.url).pathname;
const ID = 'jp-jogmec-advanced-ccs-2024';

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function startServer(db: string): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/ccus-atlas.js'), 'serve', '--db', db, '--port', '0', '--no-bundle'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stderr!.on('data', (d: Buffer) => {
      out += d;
      const port = /:(\d+)\/\s*$/m.exec(out)?.[1];
      if (port) resolve({ base: `http://127.0.0.1:${port}`, child });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function prepare(db: string) {
  const store = await openStore(db);
  await loadBundle(store, join(ROOT, 'data'));
  const user = await store.users.create({
    email: `load-${Date.now()}@example.org`,
    name: 'Load',
    role: 'contributor',
    password: 'load test password',
  });
  // Several tokens, as several scripts would use: each stays within its own rate allowance.
  const tokens: string[] = [];
  for (let i = 0; i < 16; i++)
    tokens.push((await store.users.createToken(user.id, `load ${i}`, 'write')).token);
  const stored = (await store.policies.get(ID))!;
  await store.close();
  return { tokens, stored };
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon({ ...options, duration: SECONDS }, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

async function scenarios(label: string, db: string) {
  const { tokens, stored } = await prepare(db);
  const server = await startServer(db);
  const pid = server.child.pid!;
  const etag = (await fetch(`${server.base}/policies/${ID}.json`)).headers.get('etag')!;
  const body = JSON.stringify({
    record: stored.policy,
    baseVersion: stored.version,
    reason: 'load test proposal',
  });
  const writes = tokens.map((token) => ({
    method: 'PUT' as const,
    path: `/api/policies/${ID}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  }));
  // Warm up (JIT, caches) before the memory baseline.
  await new Promise<void>((resolve, reject) =>
    autocannon({ url: `${server.base}/policies/${ID}.json`, connections: 8, duration: 3 }, (err) =>
      err ? reject(err) : resolve(),
    ),
  );
  const memoryStart = rssMb(pid);
  const report = (name: string, r: autocannon.Result) => {
    const failed = r.errors + r.timeouts + r['4xx'] + r['5xx'];
    console.log(
      `${label.padEnd(10)} ${name.padEnd(28)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${failed}  (2xx ${r['2xx']}, 3xx ${r['3xx']}, 4xx ${r['4xx']}, 5xx ${r['5xx']})`,
    );
  };
  const sampler = setInterval(
    () => console.log(`${label.padEnd(10)} memory ${rssMb(pid).toFixed(0)} MB`),
    60_000,
  );
  if (ONLY.has('cached'))
    report(
      'cached JSON reads (304)',
      await run({
        url: `${server.base}/policies/${ID}.json`,
        connections: 16,
        headers: { 'if-none-match': etag },
      }),
    );
  if (ONLY.has('reads'))
    report('JSON reads', await run({ url: `${server.base}/policies/${ID}.json`, connections: 16 }));
  if (ONLY.has('writes'))
    report('writes (proposals)', await run({ url: server.base, connections: 8, requests: writes }));
  if (ONLY.has('mixed'))
    report(
      'mixed 90% read / 10% write',
      await run({
        url: server.base,
        connections: 16,
        requests: [
          ...Array.from({ length: 9 }, () => ({
            method: 'GET' as const,
            path: `/policies.json?country=JP&pageSize=10`,
          })),
          writes[0]!,
        ],
      }),
    );
  clearInterval(sampler);
  const memoryEnd = rssMb(pid);
  console.log(
    `${label.padEnd(10)} server memory ${memoryStart.toFixed(0)} MB → ${memoryEnd.toFixed(0)} MB (${(((memoryEnd - memoryStart) / memoryStart) * 100).toFixed(1)}%)`,
  );
  server.child.kill('SIGTERM');
}

console.log(`${SECONDS} s per scenario`);
if (BACKENDS.has('sqlite'))
  await scenarios('sqlite', join(mkdtempSync(join(tmpdir(), 'atlas-load-')), 'load.db'));
if (BACKENDS.has('postgres')) {
  const admin = new pg.Client({
    connectionString: process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  try {
    await admin.connect();
    const name = `atlas_load_${process.pid}`;
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
    try {
      await scenarios('postgres', `postgres://postgres@127.0.0.1:5432/${name}`);
    } finally {
      await new Promise((r) => setTimeout(r, 500));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } catch (error) {
    console.log(`postgres: skipped (${(error as Error).message})`);
  } finally {
    await admin.end().catch(() => undefined);
  }
}
