/**
 * Automatic indexation (spec §A5, B5.2, B5.3): capture opex against a basket of indices within a band, and
 * the T&S energy component once a threshold move has persisted for m observation years.
 */
import { clamp } from '../num.ts';
import type { JpConfig } from './config.ts';
import { at } from './input.ts';

type Series = Readonly<Record<string, number>>;

function indexLevel(indices: Readonly<Record<string, Series>>, key: string, fy: number): number {
  const v = at(indices[key], fy);
  if (v === undefined) throw new Error(`index '${key}' has no value for FY${fy}`);
  return v;
}

/**
 * Capture-opex adjustment a_cap for support year `fy`:
 * `clamp(π × Σ_k w_k × (I_k[fy−ℓ] / I_k[base] − 1), −β, +β)`.
 *
 * @example E8, FY2033: 0.5 × 0.50 + 0.5 × 0.20 = 0.35, clamped to 0.20
 */
export function captureIndexAdjustment(
  config: JpConfig['captureIndexation'],
  weights: Readonly<Record<string, number>>,
  baseFy: number | undefined,
  indices: Readonly<Record<string, Series>>,
  fy: number,
): number {
  if (!config.enabled) return 0;
  const keys = Object.keys(weights);
  if (keys.length === 0) return 0;
  if (baseFy === undefined) throw new Error('capture indexation needs indexBaseFy');
  let raw = 0;
  for (const k of keys) {
    raw += weights[k]! * (indexLevel(indices, k, fy - config.lagYears) / indexLevel(indices, k, baseFy) - 1);
  }
  return clamp(config.passThrough * raw, -config.band, config.band);
}

/** Persistence counter of the T&S threshold rule: n observations in a row beyond ±θ with sign σ. */
export interface TsIndexState {
  readonly n: number;
  readonly sigma: -1 | 0 | 1;
}

export const initialTsIndexState: TsIndexState = Object.freeze({ n: 0, sigma: 0 });

export interface TsIndexStep {
  readonly state: TsIndexState;
  /** Cumulative change Δ of the energy index against its base year. */
  readonly delta: number;
  /** Adjustment a_ts applied to the energy component in this year. */
  readonly adjustment: number;
}

/**
 * One support year of T&S energy indexation. The count n grows while Δ stays beyond the threshold with the
 * same sign and resets otherwise; the fee moves only once n ≥ m, by the excess over θ (or the whole Δ in
 * `full` mode), within ±β.
 *
 * @example E8, FY2032: Δ = 0.25, n = 2 ≥ m → a_ts = 0.25 − 0.10 = 0.15
 */
export function stepTsIndexation(
  config: JpConfig['tsIndexation'],
  energyIndex: Series | undefined,
  baseFy: number | undefined,
  prev: TsIndexState,
  fy: number,
): TsIndexStep {
  if (!config.enabled || energyIndex === undefined) return { state: prev, delta: 0, adjustment: 0 };
  if (baseFy === undefined) throw new Error('T&S indexation needs indexBaseFy');
  const obs = at(energyIndex, fy - config.lagYears);
  const base = at(energyIndex, baseFy);
  if (obs === undefined || base === undefined) throw new Error(`energy index has no value for FY${fy - config.lagYears} or FY${baseFy}`);
  const delta = obs / base - 1;
  const sigma: -1 | 0 | 1 = delta >= config.threshold ? 1 : delta <= -config.threshold ? -1 : 0;
  const n = sigma === 0 ? 0 : sigma === prev.sigma ? prev.n + 1 : 1;
  let adjustment = 0;
  if (n >= config.persistenceYears) {
    const moved = config.mode === 'excess' ? delta - sigma * config.threshold : delta;
    adjustment = clamp(config.passThrough * moved, -config.band, config.band);
  }
  return { state: { n, sigma }, delta, adjustment };
}
