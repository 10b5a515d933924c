/**
 * Measures the open-data faces on a database: the audit, the quality page, the Data Package export,
 * the change feed, llms.txt and the OpenAPI document (time per request, size of the answer).
 * Usage: node --import tsx bench/open-data.ts [--db PATH]   (default: the bundled dataset in memory;
 * import ../shared/fixtures/hub/*.json into a database with --force to measure the seed-system size)
 */
import { parseArgs } from 'node:util';
import { runAudits } from '../src/analysis/audits/index.ts';
import { dataPackageFiles } from '../src/export/datapackage.ts';
import { loadDatasetSnapshot } from '../src/export/dataset-snapshot.ts';
import { createApp } from '../src/server/app.ts';
import { loadAuditContext } from '../src/store/audit-context.ts';
import { loadBundle } from '../src/store/bundle.ts';
import { openStore } from '../src/store/store.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, n: { type: 'string' } } });
const N = Number(values.n ?? 20);
const store = await openStore(values.db ?? ':memory:');
if (!values.db) await loadBundle(store, new URL('../data/', import.meta.url).pathname);
const app = createApp(store);

async function time(label: string, fn: () => Promise<number>) {
  await fn();
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < N; i++) {
    const start = performance.now();
    size = await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const p50 = samples[Math.floor(samples.length / 2)]!;
  console.log(`${label.padEnd(34)} p50 ${p50.toFixed(1).padStart(7)} ms   max ${samples.at(-1)!.toFixed(1).padStart(7)} ms   ${(size / 1024).toFixed(1)} KB`);
}

const context = await loadAuditContext(store);
const findings = runAudits(context);
console.log(
  `dataset: ${context.policies.length} policies, ${context.facilities.length} facilities, ${context.countries.length} countries, ${context.documents.length} documents; ${findings.length} findings (${findings.filter((f) => f.severity === 'error').length} errors)`,
);
await time('load audit context + run audits', async () => {
  const ctx = await loadAuditContext(store);
  return JSON.stringify(runAudits(ctx)).length;
});
await time('data package (all files)', async () => {
  const files = dataPackageFiles(await loadDatasetSnapshot(store));
  return files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
});
for (const path of ['/en/quality', '/quality.json', '/en/downloads', '/downloads/datapackage.json', '/en/changes', '/en/changes.atom', '/llms.txt', '/api/openapi.json']) {
  await time(`GET ${path}`, async () => {
    const res = await app.request(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return (await res.arrayBuffer()).byteLength;
  });
}
await store.close();
