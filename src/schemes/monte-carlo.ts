/**
 * Monte Carlo over carbon-price paths. One seeded matrix of normal draws drives every market, and every
 * scheme settles the same paths (common random numbers), so scheme comparisons are paired. Outputs are
 * percentile bands (P5–P95) of annual and total government outlay and operator NPV, the probability of any
 * clawback year, and the expected clawback.
 */
import { carbonMarketParams, gxBandJpyPerT, stochasticPaths, type CarbonMarketId, type Stochastic } from './carbon-price.ts';
import { avoidedCarbonFactor, discountFactors, operatorCostsCcy } from './cashflow.ts';
import type { FxTable } from './fx.ts';
import { createPrng, fillNormals } from './prng.ts';
import type { Timeline } from './project.ts';
import type { PreparedScheme } from './scheme.ts';
import { quantilesInRange } from './quantile.ts';

export interface Band {
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
  readonly mean: number;
}

export interface SchemeDistribution {
  readonly schemeId: string;
  readonly annualOutlayCcy: readonly (Band & { year: number })[];
  readonly totalOutlayCcy: Band;
  readonly npvGovCcy: Band;
  readonly npvOperatorCcy: Band;
  readonly probabilityAnyClawback: number;
  readonly expectedClawbackCcy: number;
}

export interface MonteCarloResult {
  readonly paths: number;
  readonly seed: number;
  readonly carbonPrice: Readonly<Partial<Record<CarbonMarketId, readonly (Band & { year: number })[]>>>;
  readonly schemes: readonly SchemeDistribution[];
}

export interface MonteCarloOptions {
  readonly paths: number;
  readonly seed: number;
  readonly stochastic: Readonly<Record<CarbonMarketId, Stochastic>>;
  /** Deterministic centres, the year before the timeline first (length = timeline + 1). */
  readonly centre: Readonly<Record<CarbonMarketId, Float64Array>>;
}

/** Linear-interpolated quantile of an ascending-sorted array. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Percentile band of `values` (left unchanged). */
export function band(values: Float64Array): Band {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Years the carbon price does not affect (construction, fixed grants) need no selection.
  if (min === max) return { p5: min, p25: min, p50: min, p75: min, p95: min, mean: min };
  const [p5, p25, p50, p75, p95] = quantilesInRange(values, [0.05, 0.25, 0.5, 0.75, 0.95], min, max) as [number, number, number, number, number];
  return { p5, p25, p50, p75, p95, mean: sum / values.length };
}

/** Price paths of every market needed, from one shared matrix of normals. */
export function marketPaths(tl: Timeline, markets: readonly CarbonMarketId[], opts: MonteCarloOptions): Map<CarbonMarketId, Float64Array> {
  const n = tl.length + 1;
  const normals = fillNormals(createPrng(opts.seed), new Float64Array(opts.paths * (n - 1)));
  const out = new Map<CarbonMarketId, Float64Array>();
  for (const m of markets) {
    const s = opts.stochastic[m];
    const vol = s.volatility ?? carbonMarketParams[m].volatility.value;
    let bandArrays: { lower: Float64Array; upper: Float64Array } | undefined;
    if (m === 'gx-ets' && s.clampToBand) {
      bandArrays = { lower: new Float64Array(n), upper: new Float64Array(n) };
      for (let i = 0; i < n; i++) {
        const b = gxBandJpyPerT(tl.firstYear - 1 + i);
        bandArrays.lower[i] = b.lower;
        bandArrays.upper[i] = b.upper;
      }
    }
    out.set(m, stochasticPaths(opts.centre[m], normals, opts.paths, s, vol, bandArrays));
  }
  return out;
}

/** Runs every prepared scheme over the same price paths and summarises the distributions. */
export function monteCarlo(tl: Timeline, schemes: readonly PreparedScheme[], fx: FxTable, opts: MonteCarloOptions): MonteCarloResult {
  const n = tl.length;
  const P = opts.paths;
  const markets = [...new Set(schemes.map((s) => s.market).filter((m): m is CarbonMarketId => m !== null))];
  const pricePaths = marketPaths(tl, markets, opts);
  const empty = new Float64Array(P * (n + 1));
  // One path's settlement at a time; each year's outlay across paths is kept contiguous for its band.
  const support = new Float64Array(n);
  const clawback = new Float64Array(n);
  const annualByYear = new Float64Array(n * P);
  const costs = operatorCostsCcy(tl);
  const dfGov = discountFactors(tl, tl.project.governmentDiscountRate);
  const dfOp = discountFactors(tl, tl.project.operatorDiscountRate);
  const column = new Float64Array(P);
  const results: SchemeDistribution[] = [];
  for (const scheme of schemes) {
    const prices = scheme.market === null ? empty : pricePaths.get(scheme.market)!;
    const factor = avoidedCarbonFactor(tl, scheme.market, fx);
    const total = new Float64Array(P);
    const npvGov = new Float64Array(P);
    const npvOp = new Float64Array(P);
    let anyClawback = 0;
    let clawSum = 0;
    for (let p = 0; p < P; p++) {
      const po = p * (n + 1);
      scheme.settle(prices, po, support, clawback, 0);
      let t = 0, g = 0, op = 0, c = 0;
      for (let i = 0; i < n; i++) {
        const gov = support[i]! - clawback[i]!;
        annualByYear[i * P + p] = gov;
        t += gov;
        g += gov * dfGov[i]!;
        op += (gov + prices[po + 1 + i]! * tl.volumeT[i]! * factor + costs[i]!) * dfOp[i]!;
        c += clawback[i]!;
      }
      total[p] = t;
      npvGov[p] = g;
      npvOp[p] = op;
      if (c > 0) anyClawback++;
      clawSum += c;
    }
    const annual = [];
    for (let i = 0; i < n; i++) annual.push({ year: tl.firstYear + i, ...band(annualByYear.subarray(i * P, (i + 1) * P)) });
    results.push({
      schemeId: scheme.id, annualOutlayCcy: annual, totalOutlayCcy: band(total), npvGovCcy: band(npvGov), npvOperatorCcy: band(npvOp),
      probabilityAnyClawback: anyClawback / P, expectedClawbackCcy: clawSum / P,
    });
  }
  const carbonPrice: Partial<Record<CarbonMarketId, (Band & { year: number })[]>> = {};
  for (const [m, paths] of pricePaths) {
    const rows = [];
    for (let i = 0; i < n; i++) {
      for (let p = 0; p < P; p++) column[p] = paths[p * (n + 1) + 1 + i]!;
      rows.push({ year: tl.firstYear + i, ...band(column) });
    }
    carbonPrice[m] = rows;
  }
  return { paths: P, seed: opts.seed, carbonPrice, schemes: results };
}
