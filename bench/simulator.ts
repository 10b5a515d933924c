/**
 * Prints timing figures of the support-scheme simulator: 10,000 carbon-price paths × 30 years × 7 schemes
 * for one project (path generation, settlement, full Monte Carlo with bands), and the Japanese settlement
 * alone next to a vectorised numpy implementation of the same settlement over the same paths
 * (bench/reference/jp_settlement.py), when python3 with numpy is available.
 *
 * Run: node_modules/.bin/node --import tsx bench/simulator.ts [paths]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildTimeline, centrePaths, fxTable, marketPaths, monteCarlo, prepareSchemes, scenarioSchema, type SchemeId,
} from '../src/schemes/index.ts';

const PATHS = Number(process.argv[2] ?? 10_000);
const SCHEMES: SchemeId[] = ['jp', 'uk-icc', 'nl-sde', 'dk-ccs', 'de-ccfd', 'us-45q', 'no-longship'];
const REPEATS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
/** CPU time (user + system) of the last `time` call's runs, median: on a busy machine wall time also counts waiting. */
let lastCpuMs = 0;
function time(fn: () => void): number {
  fn();
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  lastCpuMs = median(cpu);
  return median(runs);
}

const scenario = scenarioSchema.parse({ schemes: SCHEMES, project: { constructionYears: 3, operatingYears: 27 }, monteCarlo: { paths: PATHS, seed: 1 } });
const tl = buildTimeline(scenario.project);
const fx = fxTable(scenario.fx);
const centre = centrePaths(scenario, tl);
const prepared = prepareSchemes(scenario, tl, fx, centre);
const opts = { paths: PATHS, seed: 1, stochastic: scenario.stochastic, centre };
const markets = ['gx-ets', 'eu-ets', 'uk-ets'] as const;

console.log(`project: ${tl.project.name}, ${tl.length} years; ${PATHS} paths; schemes: ${SCHEMES.join(', ')}`);
console.log(`node ${process.version}, single thread`);

let paths = marketPaths(tl, markets, opts);
const tPaths = time(() => (paths = marketPaths(tl, markets, opts)));
const n = tl.length;
const support = new Float64Array(PATHS * n);
const clawback = new Float64Array(PATHS * n);
const settleAll = () => {
  for (const s of prepared) {
    const prices = s.market === null ? paths.get('gx-ets')! : paths.get(s.market)!;
    for (let p = 0; p < PATHS; p++) s.settle(prices, p * (n + 1), support, clawback, p * n);
  }
};
const tSettle = time(settleAll);
const tMc = time(() => monteCarlo(tl, prepared, fx, opts));
const cpuMc = lastCpuMs;
const [load1] = loadavg();
console.log(`carbon-price paths (3 markets):              ${tPaths.toFixed(1)} ms`);
console.log(`settlement, 7 schemes:                       ${tSettle.toFixed(1)} ms`);
console.log(`full Monte Carlo (paths + settlement + NPVs + P5–P95 bands): ${tMc.toFixed(1)} ms  (target ≤ 200 ms)`);
console.log(`  CPU time of the same runs:                 ${cpuMc.toFixed(1)} ms  (load average ${load1!.toFixed(2)} on ${availableParallelism()} cores)`);

// The Japanese settlement alone, against numpy over the same paths.
const jp = prepared[0]!;
const gx = paths.get('gx-ets')!;
const tJp = time(() => {
  for (let p = 0; p < PATHS; p++) jp.settle(gx, p * (n + 1), support, clawback, p * n);
});
let checksum = 0;
for (let i = 0; i < support.length; i++) checksum += support[i]! - clawback[i]!;
console.log(`JP settlement alone:                         ${tJp.toFixed(2)} ms`);

function pythonWithNumpy(): boolean {
  try {
    execFileSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!pythonWithNumpy()) {
  console.log('numpy reference: skipped (python3 with numpy not found)');
} else {
  // The module settles in project currency; the project is in yen, so strike and volume are the JP arrays.
  const strike = Float64Array.from(jp.strikeMarketPerT, (x) => (Number.isNaN(x) ? 0 : x));
  const volume = new Float64Array(n);
  for (let i = 0; i < n; i++) volume[i] = Number.isNaN(jp.strikeMarketPerT[i]!) ? 0 : tl.volumeT[i]!;
  const dir = mkdtempSync(join(tmpdir(), 'ccus-bench-'));
  try {
    const file = join(dir, 'paths.f64');
    const header = Float64Array.of(PATHS, n, 1);
    const buf = new Float64Array(header.length + 2 * n + gx.length);
    buf.set(header, 0);
    buf.set(strike, 3);
    buf.set(volume, 3 + n);
    buf.set(gx, 3 + 2 * n);
    writeFileSync(file, new Uint8Array(buf.buffer));
    const out = JSON.parse(execFileSync('python3', ['bench/reference/jp_settlement.py', file, String(REPEATS)], { encoding: 'utf8' })) as {
      ms: number; checksum: number; numpy: string;
    };
    const agree = Math.abs(out.checksum - checksum) <= 1e-9 * Math.abs(checksum) + 1;
    console.log(`numpy ${out.numpy} JP settlement:                ${out.ms.toFixed(2)} ms  (same result: ${agree ? 'yes' : 'NO'})`);
    console.log(`ratio numpy / ours:                          ${(out.ms / tJp).toFixed(2)}× (≥ 1 means ours is no slower)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
