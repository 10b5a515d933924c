/**
 * One project, many schemes: builds the project timeline and the carbon-price centres of a scenario, runs
 * every selected scheme on the deterministic centre, then on the Monte Carlo paths, and the full Japanese
 * engine when the scenario carries a detailed contract scenario.
 */
import { carbonMarketSchema, defaultPathSpec, deterministicPath, type CarbonMarketId } from './carbon-price.ts';
import { runPath, type SchemeRun } from './cashflow.ts';
import { fxTable, type FxTable } from './fx.ts';
import { simulateJp } from './jp-cfd/engine.ts';
import type { JpResult } from './jp-cfd/results.ts';
import { monteCarlo, type MonteCarloResult } from './monte-carlo.ts';
import { buildTimeline, type Timeline } from './project.ts';
import { SCHEMES } from './registry.ts';
import { parseScenario, type Scenario, type ScenarioInput } from './scenario.ts';
import type { PreparedScheme } from './scheme.ts';

export interface SimulationResult {
  readonly scenario: Scenario;
  readonly timeline: Timeline;
  readonly fx: FxTable;
  /** Deterministic carbon price per market, the year before the timeline first. */
  readonly centre: Readonly<Record<CarbonMarketId, Float64Array>>;
  readonly runs: readonly SchemeRun[];
  readonly monteCarlo: MonteCarloResult | null;
  readonly jp: JpResult | null;
}

/** Deterministic centre paths of every market for a timeline. */
export function centrePaths(scenario: Scenario, tl: Timeline): Record<CarbonMarketId, Float64Array> {
  const out = {} as Record<CarbonMarketId, Float64Array>;
  for (const m of carbonMarketSchema.options) {
    out[m] = deterministicPath(scenario.carbonPrice[m] ?? defaultPathSpec(m), tl.firstYear - 1, tl.length + 1);
  }
  return out;
}

/** Prepares the selected schemes for the scenario's project. */
export function prepareSchemes(scenario: Scenario, tl: Timeline, fx: FxTable, centre: Record<CarbonMarketId, Float64Array>): PreparedScheme[] {
  return scenario.schemes.map((id) => SCHEMES[id].prepare(tl, { fx, centre, overrides: scenario.schemeParams[id] ?? {} }));
}

/**
 * Runs a scenario. Throws with readable lines (`field.path: message`) when it is invalid.
 *
 * @example simulateScenario({ schemes: ['jp', 'uk-icc'], monteCarlo: { paths: 1000, seed: 7 } })
 */
export function simulateScenario(input: ScenarioInput | Scenario): SimulationResult {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`invalid scenario:\n${parsed.errors.join('\n')}`);
  const scenario = parsed.value;
  const tl = buildTimeline(scenario.project);
  const fx = fxTable(scenario.fx);
  const centre = centrePaths(scenario, tl);
  const prepared = prepareSchemes(scenario, tl, fx, centre);
  const runs = prepared.map((s) => runPath(tl, s, s.market === null ? new Float64Array(tl.length + 1) : centre[s.market], fx));
  const mc = scenario.monteCarlo.paths > 0
    ? monteCarlo(tl, prepared, fx, { paths: scenario.monteCarlo.paths, seed: scenario.monteCarlo.seed, stochastic: scenario.stochastic, centre })
    : null;
  return { scenario, timeline: tl, fx, centre, runs, monteCarlo: mc, jp: scenario.jp ? simulateJp(scenario.jp) : null };
}
