/**
 * What one HTTP request may ask the simulator to do. The Monte Carlo settles every scheme on every path in
 * every year, so its work is paths × years × schemes; on this machine 10,000 × 30 × 7 (2.1 million
 * path-years) takes about 0.15 s on one core. A run is refused above 20 million path-years (about 1.5 s),
 * which keeps every request under a few seconds. The full Japanese engine, when a scenario carries one,
 * is counted as 100 path-years per contract year and bid or event (each engine year does far more work than
 * one settlement), which keeps detailed contract scenarios well inside the limit too.
 */
import type { Scenario } from '../../../schemes/index.ts';
import { buildTimeline } from '../../../schemes/index.ts';

/** Largest request body of `POST /api/simulate`. */
export const MAX_SCENARIO_BYTES = 256 * 1024;
/** Most Monte Carlo paths an HTTP request may ask for (the CLI allows the library's own maximum). */
export const HTTP_MAX_PATHS = 50_000;
/** Most path-years (paths × years × schemes) an HTTP request may ask for. */
export const HTTP_MAX_WORK = 20_000_000;

/** Work units of a scenario: Monte Carlo path-years plus the full Japanese engine's years × items. */
export function simulationWork(scenario: Scenario): number {
  const tl = buildTimeline(scenario.project);
  const paths = Math.max(scenario.monteCarlo.paths, 1);
  let work = paths * tl.length * scenario.schemes.length;
  if (scenario.jp) work += (scenario.jp.fyLast - scenario.jp.fyFirst + 1) * (1 + scenario.jp.bids.length + scenario.jp.events.length) * 100;
  return work;
}

/** Why an HTTP request may not run this scenario, or null when it may. */
export function refusal(scenario: Scenario): string | null {
  if (scenario.monteCarlo.paths > HTTP_MAX_PATHS) {
    return `monteCarlo.paths: at most ${HTTP_MAX_PATHS.toLocaleString('en')} paths per request (asked ${scenario.monteCarlo.paths.toLocaleString('en')}); use the command line for larger runs`;
  }
  const work = simulationWork(scenario);
  if (work > HTTP_MAX_WORK) {
    return `this run needs ${work.toLocaleString('en')} path-years (paths × years × schemes), more than the ${HTTP_MAX_WORK.toLocaleString('en')} a request may use (a few seconds); lower monteCarlo.paths, the schemes or project years, or use the command line`;
  }
  return null;
}
