// Prints the IEA import time and the weight of /facilities (with its map) for the full project set.
// Usage: node --import tsx bench/facilities.ts [workbook.xlsx]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { IEA_DATASET } from '../src/ingest/iea-columns.ts';
import { readIeaWorkbook } from '../src/ingest/iea-xlsx.ts';
import { createApp } from '../src/server/app.ts';
import { importFacilities } from '../src/store/facility-import.ts';
import { openStore } from '../src/store/store.ts';

const file = process.argv[2] ?? new URL('../../shared/fixtures/iea/IEA-CCUS-Projects-Database-2025.xlsx', import.meta.url).pathname;
const store = await openStore(':memory:');
const started = performance.now();
const result = await readIeaWorkbook(readFileSync(file), file);
const read = performance.now();
const report = await importFacilities(store, result.facilities, { author: 'bench', reason: 'bench', dataset: IEA_DATASET, removeMissing: true });
const done = performance.now();
console.log(`IEA import: ${report.added.length} projects, ${result.problems.length} problems; read ${(read - started).toFixed(0)} ms + write ${(done - read).toFixed(0)} ms = ${(done - started).toFixed(0)} ms (target ≤ 1500 ms)`);
const again = performance.now();
const second = await importFacilities(store, result.facilities, { author: 'bench', reason: 'bench', dataset: IEA_DATASET, removeMissing: true });
console.log(`re-import (write side): ${second.unchanged} unchanged, ${second.changed.length} changed in ${(performance.now() - again).toFixed(0)} ms`);

const app = createApp(store);
await app.request('/en/facilities');
for (const path of ['/en/facilities', '/zh/facilities?status=operational', '/facilities.json', '/facilities.geojson']) {
  const times: number[] = [];
  let bytes = Buffer.alloc(0);
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    bytes = Buffer.from(await (await app.request(path)).arrayBuffer());
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${path}: ${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip), p50 ${times[2]!.toFixed(0)} ms`);
}
await store.close();
