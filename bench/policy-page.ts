/**
 * Measures the policy page the foundation targets: page weight (HTML + CSS + JS) of
 * /en/policies/jp-jogmec-advanced-ccs-2024 (target ≤ 55 KB) and server time per request
 * (target p50 ≤ 5 ms), in-process and over loopback HTTP, beside /healthz as a baseline.
 * Usage: npm run bench
 */
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/server/app.ts';
import { loadBundle } from '../src/store/bundle.ts';
import { openStore } from '../src/store/store.ts';

const PAGE = '/en/policies/jp-jogmec-advanced-ccs-2024';
const N = Number(process.env.BENCH_N ?? 2000);

const store = await openStore(':memory:');
await loadBundle(store, new URL('../data/', import.meta.url).pathname);
const app = createApp(store);

const html = await (await app.request(PAGE)).text();
const assets = [...html.matchAll(/<(?:link rel="stylesheet"|script)[^>]*(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
let weight = Buffer.byteLength(html);
let gzipped = gzipSync(html).length;
for (const asset of assets) {
  const body = Buffer.from(await (await app.request(asset)).arrayBuffer());
  weight += body.length;
  gzipped += gzipSync(body).length;
}
console.log(`page weight ${PAGE}: ${(weight / 1024).toFixed(1)} KB (HTML ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB + ${assets.length} asset(s)); gzipped ${(gzipped / 1024).toFixed(1)} KB; target ≤ 55 KB`);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < N; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const p50 = quantile(samples, 0.5);
  console.log(`${label.padEnd(44)} p50 ${p50.toFixed(3)} ms  p95 ${quantile(samples, 0.95).toFixed(3)} ms  (n=${N})`);
  return p50;
}

const inPage = await time(`in-process ${PAGE}`, async () => (await app.request(PAGE)).text());
const inBase = await time('in-process /healthz (baseline)', async () => (await app.request('/healthz')).text());

const server = await new Promise<{ base: string; close: () => void }>((resolve) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
    resolve({ base: `http://127.0.0.1:${info.port}`, close: () => s.close() }),
  );
});
const httpPage = await time(`HTTP ${PAGE}`, async () => (await fetch(server.base + PAGE)).text());
const httpBase = await time('HTTP /healthz (baseline)', async () => (await fetch(`${server.base}/healthz`)).text());
server.close();
await store.close();

console.log(`ratio page/baseline: in-process ${(inPage / inBase).toFixed(1)}x, HTTP ${(httpPage / httpBase).toFixed(1)}x; target p50 ≤ 5 ms`);
