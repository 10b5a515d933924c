/**
 * Carbon-price paths. Deterministic centres (the GX-ETS price band, growth paths for the EU and UK ETS, or a
 * user series) and stochastic paths around them: geometric Brownian motion or a mean-reverting log price,
 * both driven by one seeded matrix of normal draws shared by every market and scheme (common random numbers).
 */
import { z } from 'zod';
import { param } from './param.ts';
import type { Currency } from './fx.ts';

export const carbonMarketSchema = z.enum(['gx-ets', 'eu-ets', 'uk-ets']);
export type CarbonMarketId = z.infer<typeof carbonMarketSchema>;

export const MARKET_CURRENCY: Readonly<Record<CarbonMarketId, Currency>> = { 'gx-ets': 'JPY', 'eu-ets': 'EUR', 'uk-ets': 'GBP' };

export const carbonMarketParams = Object.freeze({
  'gx-ets': {
    lowerFy2026: param(1700, 'v', 'GX-ETS lower adjustment price FY2026, METI decision 19 Dec 2025 (bci.co.jp)', 'JPY/t'),
    upperFy2026: param(4300, 'v', 'GX-ETS upper reference price FY2026, METI decision 19 Dec 2025 (bci.co.jp)', 'JPY/t'),
    escalation: param(0.03, 'v', 'FY2027–2030: previous year × 1.03 (bci.co.jp; ITmedia figure)', '/yr'),
    escalationAfter2030: param(0.03, 'k', 'modelling assumption: the 3 %/yr rule continues after FY2030', '/yr'),
    volatility: param(0.25, 'k', 'modelling assumption', '/yr'),
  },
  'eu-ets': {
    price2025: param(72, 'k', 'approximate 2025 average EU allowance price', 'EUR/t'),
    growth: param(0.04, 'k', 'modelling assumption', '/yr'),
    volatility: param(0.35, 'k', 'modelling assumption close to recent EUA volatility', '/yr'),
  },
  'uk-ets': {
    price2025: param(45, 'k', 'approximate 2025 average UK allowance price', 'GBP/t'),
    growth: param(0.05, 'k', 'modelling assumption', '/yr'),
    volatility: param(0.4, 'k', 'modelling assumption', '/yr'),
  },
});

/** GX-ETS price band (lower, upper) in a fiscal year, JPY/t; years before FY2026 use the FY2026 band. */
export function gxBandJpyPerT(fy: number): { lower: number; upper: number } {
  const p = carbonMarketParams['gx-ets'];
  const early = Math.min(Math.max(fy, 2026), 2030) - 2026;
  const late = Math.max(fy - 2030, 0);
  const f = Math.pow(1 + p.escalation.value, early) * Math.pow(1 + p.escalationAfter2030.value, late);
  return { lower: p.lowerFy2026.value * f, upper: p.upperFy2026.value * f };
}

const yearKey = z.string().regex(/^\d{4}$/, 'must be a four-digit year');
export const pathSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gxBand'), level: z.enum(['lower', 'mid', 'upper']).default('mid') }),
  z.object({ kind: z.literal('growth'), baseYear: z.number().int(), basePrice: z.number().nonnegative(), growthRate: z.number().min(-0.5).max(1) }),
  z.object({ kind: z.literal('series'), values: z.record(yearKey, z.number().nonnegative()) }),
]);
export type PathSpec = z.infer<typeof pathSpecSchema>;

export const stochasticSchema = z.object({
  model: z.enum(['none', 'gbm', 'meanReverting']).default('gbm'),
  /** Annual volatility of the log price; defaults to the market's parameter. */
  volatility: z.number().min(0).max(3).optional(),
  /** Mean-reversion speed κ per year (meanReverting only). */
  reversionSpeed: z.number().positive().max(10).default(0.5),
  /** Keep GX-ETS paths inside the price band. */
  clampToBand: z.boolean().default(true),
});
export type Stochastic = z.infer<typeof stochasticSchema>;

/** Default deterministic centre of a market. */
export function defaultPathSpec(market: CarbonMarketId): PathSpec {
  if (market === 'gx-ets') return { kind: 'gxBand', level: 'mid' };
  const p = carbonMarketParams[market];
  return { kind: 'growth', baseYear: 2025, basePrice: p.price2025.value, growthRate: p.growth.value };
}

/**
 * Deterministic path for years `firstYear … firstYear + length − 1`, in the market's currency per tonne.
 * A series is carried backward and forward from its nearest given year.
 *
 * @example gxBand mid: FY2026 3,000 JPY/t, FY2027 3,090 JPY/t
 */
export function deterministicPath(spec: PathSpec, firstYear: number, length: number): Float64Array {
  const out = new Float64Array(length);
  const known = spec.kind === 'series' ? Object.keys(spec.values).map(Number).sort((a, b) => a - b) : [];
  for (let i = 0; i < length; i++) {
    const y = firstYear + i;
    if (spec.kind === 'gxBand') {
      const b = gxBandJpyPerT(y);
      out[i] = spec.level === 'lower' ? b.lower : spec.level === 'upper' ? b.upper : (b.lower + b.upper) / 2;
    } else if (spec.kind === 'growth') {
      out[i] = spec.basePrice * Math.pow(1 + spec.growthRate, y - spec.baseYear);
    } else {
      if (known.length === 0) throw new Error('a price series needs at least one year');
      const nearest = known.reduce((best, k) => (Math.abs(k - y) < Math.abs(best - y) ? k : best), known[0]!);
      out[i] = spec.values[String(y)] ?? spec.values[String(nearest)]!;
    }
  }
  return out;
}

/**
 * Stochastic paths around a centre. `normals` holds `paths × (length − 1)` standard normal draws; path p
 * is written to `out[p × length … p × length + length − 1]`. The first point is the centre; later points
 * are `centre_t × exp(x_t − Var(x_t)/2)`, so every point has the centre as its mean, where x is a random walk
 * (GBM) or an Ornstein–Uhlenbeck process (mean reverting).
 */
export function stochasticPaths(
  centre: Float64Array,
  normals: Float64Array,
  paths: number,
  model: Stochastic,
  volatility: number,
  band?: { lower: Float64Array; upper: Float64Array },
  out: Float64Array = new Float64Array(paths * centre.length),
): Float64Array {
  const n = centre.length;
  const steps = n - 1;
  const sigma = model.model === 'none' ? 0 : volatility;
  const kappa = model.reversionSpeed;
  const decay = model.model === 'meanReverting' ? Math.exp(-kappa) : 1;
  const stepSd = model.model === 'meanReverting' ? sigma * Math.sqrt((1 - decay * decay) / (2 * kappa)) : sigma;
  const halfVar = new Float64Array(n);
  for (let t = 1; t < n; t++) {
    halfVar[t] = model.model === 'meanReverting' ? halfVar[t - 1]! * decay * decay + (stepSd * stepSd) / 2 : halfVar[t - 1]! + (sigma * sigma) / 2;
  }
  for (let p = 0; p < paths; p++) {
    const o = p * n;
    const z = p * steps;
    let x = 0;
    out[o] = centre[0]!;
    for (let t = 1; t < n; t++) {
      x = x * decay + stepSd * normals[z + t - 1]!;
      let v = centre[t]! * Math.exp(x - halfVar[t]!);
      if (band) v = v < band.lower[t]! ? band.lower[t]! : v > band.upper[t]! ? band.upper[t]! : v;
      out[o + t] = v;
    }
  }
  return out;
}
