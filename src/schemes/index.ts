/**
 * Public API of the support-scheme simulator. Everything here is pure: values in, values out.
 */
export { simulateScenario, centrePaths, prepareSchemes, type SimulationResult } from './simulate.ts';
export { scenarioSchema, parseScenario, formatIssues, formatPath, MAX_PATHS, type Scenario, type ScenarioInput, type ParseResult } from './scenario.ts';
export { projectSchema, buildTimeline, levelisedCcyPerT, type Project, type ProjectInput, type Timeline } from './project.ts';
export { runPath, type SchemeRun, type YearFlows, type RunFigures } from './cashflow.ts';
export { monteCarlo, marketPaths, band, type MonteCarloResult, type SchemeDistribution, type Band } from './monte-carlo.ts';
export {
  carbonMarketSchema, carbonMarketParams, deterministicPath, stochasticPaths, defaultPathSpec, gxBandJpyPerT, MARKET_CURRENCY,
  type CarbonMarketId, type PathSpec, type Stochastic,
} from './carbon-price.ts';
export { fxTable, convert, fxRate, DEFAULT_JPY_PER, DEFAULT_FX_AS_OF, currencySchema, type Currency, type FxTable } from './fx.ts';
export { SCHEMES, SCHEME_IDS, schemeIdSchema, schemeModule, type SchemeId } from './registry.ts';
export type { SchemeModule, PreparedScheme } from './scheme.ts';
export type { Param, Certainty, ParamTable } from './param.ts';
export { roundMoney, npv } from './num.ts';
export { createPrng } from './prng.ts';
export { simulateJp } from './jp-cfd/engine.ts';
export { jpScenarioSchema, type JpScenario, type JpScenarioInput } from './jp-cfd/input.ts';
export { jpConfigSchema, type JpConfig } from './jp-cfd/config.ts';
export { jpScenarioFromProject } from './jp-cfd/from-project.ts';
export { advanceTest, levelisedCapexJpyPerT } from './jp-cfd/advance.ts';
export type { JpResult, ProjectResult, CaptureYear, TsYear, ProjectYear } from './jp-cfd/results.ts';
