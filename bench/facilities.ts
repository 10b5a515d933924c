// Prints the IEA import time and page weights: /facilities with its map for the full project set (IEA
// workbook alone, then with the predecessor hub's coordinates), and /compare for four countries.
// Usage: node --import tsx bench/facilities.ts [workbook.xlsx] [hub-folder]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readHubFacilities } from '../src/ingest/hub-json-facilities.ts';
import { IEA_DATASET } from '../src/ingest/iea-columns.ts';
import { readIeaWorkbook } from '../src/ingest/iea-xlsx.ts';
import { createApp } from '../src/server/app.ts';
import { loadBundle } from '../src/store/bundle.ts';
import { importHubValues } from '../src/store/facility-hub-import.ts';
import { importFacilities } from '../src/store/facility-import.ts';
import { openStore } from '../src/store/store.ts';

const shared = new URL('../../shared/fixtures/', import.meta.url).pathname;
const file = process.argv[2] ?? `${shared}iea/IEA-CCUS-Projects-Database-2025.xlsx`;
const hubDir = process.argv[3] ?? `${shared}hub/`;
const store = await openStore(':memory:');
await loadBundle(store, new URL('../data/', import.meta.url).pathname);

const started = performance.now();
const result = await readIeaWorkbook(readFileSync(file), file);
const read = performance.now();
const report = await importFacilities(store, result.facilities, {
  author: 'bench',
  reason: 'bench',
  dataset: IEA_DATASET,
  removeMissing: true,
});
const done = performance.now();
console.log(
  `IEA import: ${report.added.length + report.changed.length + report.unchanged} projects, ${result.problems.length} problems; ` +
    `read ${(read - started).toFixed(0)} ms + write ${(done - read).toFixed(0)} ms = ${(done - started).toFixed(0)} ms (target ≤ 1500 ms)`,
);
const again = performance.now();
const second = await readIeaWorkbook(readFileSync(file), file);
const rerun = await importFacilities(store, second.facilities, {
  author: 'bench',
  reason: 'bench',
  dataset: IEA_DATASET,
  removeMissing: true,
});
console.log(
  `re-import: ${rerun.changed.length} changed, ${rerun.unchanged} unchanged in ${(performance.now() - again).toFixed(0)} ms`,
);

const app = createApp(store);
async function weigh(path: string, target?: number) {
  const times: number[] = [];
  let bytes = Buffer.alloc(0);
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    bytes = Buffer.from(await (await app.request(path)).arrayBuffer());
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const kb = bytes.length / 1024;
  const verdict = target ? ` (target ≤ ${target} KB: ${kb <= target ? 'met' : 'MISSED'})` : '';
  console.log(
    `  ${path}: ${kb.toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip, p50 ${times[2]!.toFixed(0)} ms${verdict}`,
  );
}

console.log('IEA workbook only (locations at country centroids):');
await weigh('/en/facilities', 150);
await weigh('/zh/facilities?status=operational');
await weigh('/facilities.geojson');
await weigh('/en/compare?countries=JP,GB,NL,US', 220);
await weigh('/en/analytics/capacity');

try {
  const hub = readHubFacilities(
    JSON.parse(readFileSync(`${hubDir}facilities.json`, 'utf8')),
    'facilities.json',
  );
  await importHubValues(
    store,
    'facilities',
    'facilities.json',
    hub.values,
    { skipped: hub.problems.length, coercions: hub.coercions },
    { author: 'bench', reason: 'bench' },
  );
  console.log(`with the hub export's coordinates (${await store.facilities.count()} facilities):`);
  await weigh('/en/facilities', 150);
  await weigh('/en/compare?countries=JP,GB,NL,US', 220);
} catch (error) {
  console.log(`hub export not read (${(error as Error).message})`);
}
await store.close();
