import { ANALYSIS_DIMENSIONS, REGULATORY_PILLARS } from '../domain/policy.ts';
import type { Policy } from '../domain/policy.ts';

export type AnalysisDimension = (typeof ANALYSIS_DIMENSIONS)[number];

/** Parameters of the governance index; the defaults are the published ones. */
export interface GovernanceParams {
  /** Weight of the regulatory pillars against the policy dimensions (0–1). */
  pillarWeight: number;
  /** Number of scored policies at which a dimension counts as fully covered in depth. */
  depthCap: number;
}

export const GOVERNANCE_DEFAULTS: GovernanceParams = { pillarWeight: 0.4, depthCap: 3 };

export interface DimensionProfile {
  /** Policies in force that score this dimension. */
  count: number;
  /** Their mean score, 0–100; null when none does. */
  meanScore: number | null;
  /** meanScore × min(1, count / depthCap), 0–100. */
  value: number;
}

export interface GovernanceIndex {
  /** 0–100, one decimal. */
  index: number;
  /** Cited pillars / 7, 0–1. */
  pillarCoverage: number;
  dimensions: Record<AnalysisDimension, DimensionProfile>;
  params: GovernanceParams;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The governance index of a country, 0–100:
 *
 *     G = 100 × [ w · P + (1 − w) · (1/5) Σ_d  (m_d / 100) · min(1, n_d / K) ]
 *
 * where P is the share of the seven regulatory pillars that have a cited text, and for each of the five
 * analysis dimensions d, n_d is the number of policies in force that score it and m_d their mean score.
 * Defaults: w = 0.4, K = 3.
 *
 * Unlike a per-dimension maximum (one strong policy lifts a country to the top), the mean rewards
 * consistent quality and the depth term min(1, n/K) rewards breadth, so a country with one good policy
 * per dimension scores about a third of one with three; countries spread over the scale instead of
 * bunching near the top. `governanceSensitivity` recomputes it over a grid of w and K.
 *
 * ### Example
 *
 * Four of seven pillars cited; statutory scored by three policies (80, 70, 60) and incentive by one
 * (90); no other dimension scored: G = 100 × [0.4 × 4/7 + 0.6 × (0.7 × 1 + 0.9 × 1/3) / 5] = 34.9.
 */
export function governanceIndex(
  policies: readonly Pick<Policy, 'status' | 'analysis'>[],
  citedPillars: number,
  params: GovernanceParams = GOVERNANCE_DEFAULTS,
): GovernanceIndex {
  const inForce = policies.filter((p) => p.status === 'Active');
  const dimensions = {} as Record<AnalysisDimension, DimensionProfile>;
  let dimensionSum = 0;
  for (const d of ANALYSIS_DIMENSIONS) {
    const scores = inForce.map((p) => p.analysis[d]?.score).filter((s): s is number => s !== undefined);
    const mean = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
    const value = mean === null ? 0 : mean * Math.min(1, scores.length / params.depthCap);
    dimensions[d] = {
      count: scores.length,
      meanScore: mean === null ? null : round1(mean),
      value: round1(value),
    };
    dimensionSum += value / 100;
  }
  const pillarCoverage = Math.min(citedPillars, REGULATORY_PILLARS.length) / REGULATORY_PILLARS.length;
  const index =
    100 *
    (params.pillarWeight * pillarCoverage +
      ((1 - params.pillarWeight) * dimensionSum) / ANALYSIS_DIMENSIONS.length);
  return { index: round1(index), pillarCoverage, dimensions, params };
}

/** The index over a grid of parameters: its range shows how much the ranking depends on the choices. */
export function governanceSensitivity(
  policies: readonly Pick<Policy, 'status' | 'analysis'>[],
  citedPillars: number,
  weights: readonly number[] = [0.2, 0.4, 0.6],
  caps: readonly number[] = [1, 3, 5],
): { min: number; max: number; grid: { pillarWeight: number; depthCap: number; index: number }[] } {
  const grid = weights.flatMap((w) =>
    caps.map((k) => ({
      pillarWeight: w,
      depthCap: k,
      index: governanceIndex(policies, citedPillars, { pillarWeight: w, depthCap: k }).index,
    })),
  );
  const values = grid.map((g) => g.index);
  return { min: Math.min(...values), max: Math.max(...values), grid };
}
