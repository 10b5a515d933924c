/**
 * Per-tonne prices of a support year (spec §A2, B5.4, B5.10): capture cost K, T&S fee F, base price B, and
 * the eligible share of a power-sector operator's volume.
 */
import type { JpConfig } from './config.ts';
import { at, type CaptureOperator, type TsPlanRow } from './input.ts';

/**
 * Deduction for unused contingency, applied from start of operation:
 * `δ × (1 − u) × contingencyComponent`.
 *
 * @example E3, C1: 0.5 × (1 − 0.40) × 1,000 = 300 JPY/t
 */
export function contingencyDeductionJpyPerT(config: JpConfig['contingency'], op: CaptureOperator): number {
  return config.deductionShareOfUnused * (1 - op.contingencyUsedShare) * op.contingencyComponentJpyPerT;
}

/** Capex component net of the contingency deduction (and replaced when an advance was accepted). */
export function capexNetJpyPerT(op: CaptureOperator, contDeductJpyPerT: number, advanceAccepted: boolean): number {
  const capex = advanceAccepted && op.advance ? op.advance.capexComponentWithAdvanceJpyPerT : op.capexComponentJpyPerT;
  return Math.max(0, capex - contDeductJpyPerT);
}

/**
 * Capture cost K = capexNet + opexFixed + opexIndexed × (1 + a_cap), lowered to a re-appraised benchmark
 * when one applies.
 *
 * @example E3, C1: 8,000 − 300 + 4,000 + 6,000 = 17,700 JPY/t
 */
export function captureCostJpyPerT(
  op: CaptureOperator,
  capexNet: number,
  aCap: number,
  reappraisedJpyPerT: number | undefined,
): number {
  const k = capexNet + op.opexFixedComponentJpyPerT + op.opexIndexedComponentJpyPerT * (1 + aCap);
  return reappraisedJpyPerT === undefined ? k : Math.min(k, reappraisedJpyPerT);
}

/** Plan fee of support-year index t; extension years (t > T) use the last plan year. */
export function planFeeJpyPerT(plan: readonly TsPlanRow[], t: number, supportYears: number): number {
  const tt = Math.min(t, supportYears);
  const row = plan.find((r) => r.t === tt);
  if (!row) throw new Error(`T&S plan has no row for t=${tt}`);
  return row.feeJpyPerT;
}

/**
 * T&S fee of a year: plan fee + energy component × a_ts + review adjustment, never below zero. The fee is
 * common to every capture operator of the project.
 *
 * @example E8, FY2032: 12,000 + 2,000 × 0.15 = 12,300 JPY/t
 */
export function tsFeeJpyPerT(planFee: number, energyComponent: number, aTs: number, reviewAdj: number): number {
  return Math.max(0, planFee + energyComponent * aTs + reviewAdj);
}

export interface PriceSplit {
  /** Capture part of the base price (for attribution). */
  readonly kJpyPerT: number;
  /** Base price B. */
  readonly bJpyPerT: number;
}

/**
 * Base price B = K + F; for a power operator under `volumeSplit`, only variable costs count:
 * B = capture variable cost + F (the fixed capture cost is covered by the power auction).
 *
 * @example S1: B_power = 7,000 + 12,000 = 19,000 JPY/t
 */
export function basePrice(config: JpConfig['power'], op: CaptureOperator, k: number, f: number): PriceSplit {
  if (!op.power) return { kJpyPerT: k, bJpyPerT: k + f };
  if (config.method === 'volumeSplit') {
    return { kJpyPerT: op.power.variableComponentJpyPerT, bJpyPerT: op.power.variableComponentJpyPerT + f };
  }
  const kp = Math.max(0, k - op.power.coveredJpyPerT);
  return { kJpyPerT: kp, bJpyPerT: kp + f };
}

/**
 * Share of a power operator's eligible volume that falls under this scheme: `1 − min(1, θ / CF)` under
 * `volumeSplit` (the tonnes matching CF ≤ θ are left to the power auction), 1 otherwise.
 *
 * @example S1: CF 0.80, θ 0.40 → 0.5; CF ≤ 0.40 → 0
 */
export function cfdVolumeShare(config: JpConfig['power'], op: CaptureOperator, fy: number): number {
  if (!op.power || config.method !== 'volumeSplit') return 1;
  const cf = at(op.power.capacityFactor, fy);
  if (cf === undefined) throw new Error(`operator ${op.id} has no capacity factor for FY${fy}`);
  if (cf <= config.ltdaCfThreshold) return 0;
  return 1 - config.ltdaCfThreshold / cf;
}
