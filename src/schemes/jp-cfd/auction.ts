/**
 * The T&S fee auction (spec §A8, B5.8): ceiling prices, admissibility, and filling a round's capacity in
 * ascending fee order.
 */
import type { JpConfig } from './config.ts';
import type { Bid, Round, TsPlanRow } from './input.ts';

/**
 * Ceiling price of a bid: `c0 + cLen × L_km + subsurface + epc`, non-decreasing in pipeline length.
 *
 * @example E4, bid P4 (300 km): 8,000 + 5 × 300 + 1,500 + 1,000 = 12,000 JPY/t
 */
export function ceilingJpyPerT(bid: Pick<Bid, 'ceiling' | 'pipelineLengthKm'>): number {
  const c = bid.ceiling;
  return c.c0JpyPerT + c.cLenJpyPerTPerKm * bid.pipelineLengthKm + c.subsurfaceJpyPerT + c.epcJpyPerT;
}

/**
 * Volume-weighted mean fee of a T&S plan: Σ fee_t × V_t / Σ V_t (spec §A8 (3)).
 *
 * @example E4, plan of P4: 77,000,000,000 / 7,000,000 = 11,000 JPY/t
 */
export function weightedAverageFeeJpyPerT(plan: readonly TsPlanRow[]): number {
  let revenue = 0;
  let volume = 0;
  for (const row of plan) {
    revenue += row.feeJpyPerT * row.plannedVolumeT;
    volume += row.plannedVolumeT;
  }
  return volume > 0 ? revenue / volume : 0;
}

/** Plateau of a plan: the largest planned annual volume, the capacity a bid takes in its round. */
export function plateauT(plan: readonly TsPlanRow[]): number {
  return plan.reduce((m, r) => Math.max(m, r.plannedVolumeT), 0);
}

export type Inadmissibility = 'aboveCeiling' | 'bidNotWeightedAverage' | 'evaluationFailed';

export interface BidAssessment {
  readonly projectId: string;
  readonly ceilingJpyPerT: number;
  readonly tsFeeBidJpyPerT: number;
  readonly plateauT: number;
  readonly reasons: readonly Inadmissibility[];
  readonly admissible: boolean;
  readonly accepted: boolean;
}

export interface RoundResult {
  readonly fy: number;
  readonly capacityTpa: number;
  readonly capacityUsedT: number;
  readonly bids: readonly BidAssessment[];
  /** Project ids accepted, in the order they were accepted. */
  readonly acceptedIds: readonly string[];
}

/** Why a bid is not admissible (empty when it is). */
export function inadmissibility(bid: Bid): Inadmissibility[] {
  const reasons: Inadmissibility[] = [];
  if (bid.tsFeeBidJpyPerT > ceilingJpyPerT(bid)) reasons.push('aboveCeiling');
  if (Math.abs(bid.tsFeeBidJpyPerT - weightedAverageFeeJpyPerT(bid.tsPlan)) > 1e-6) reasons.push('bidNotWeightedAverage');
  if (!Object.values(bid.evaluation).every(Boolean)) reasons.push('evaluationFailed');
  return reasons;
}

/**
 * Runs one round: admissible bids sorted by fee (ties by submission order) fill `capacityTpa` with their
 * plateau volumes. A bid that does not fit is skipped (`marginal: 'skip'`) or ends the round (`'stop'`).
 *
 * @example E4: bids P4…P8 with 3 Mt/yr capacity accept {P4, P6}; with `stop`, {P4}.
 */
export function runRound(round: Round, bids: readonly Bid[], config: JpConfig['auction']): RoundResult {
  const assessed = bids.map((bid) => ({ bid, reasons: inadmissibility(bid) }));
  const order = assessed
    .filter((a) => a.reasons.length === 0)
    .sort((a, b) => a.bid.tsFeeBidJpyPerT - b.bid.tsFeeBidJpyPerT || a.bid.submissionOrder - b.bid.submissionOrder);
  const accepted = new Set<string>();
  const acceptedIds: string[] = [];
  let used = 0;
  for (const { bid } of order) {
    const plateau = plateauT(bid.tsPlan);
    if (used + plateau <= round.capacityTpa + 1e-9) {
      used += plateau;
      accepted.add(bid.projectId);
      acceptedIds.push(bid.projectId);
    } else if (config.marginal === 'stop') {
      break;
    }
  }
  return {
    fy: round.fy,
    capacityTpa: round.capacityTpa,
    capacityUsedT: used,
    acceptedIds,
    bids: assessed.map(({ bid, reasons }) => ({
      projectId: bid.projectId,
      ceilingJpyPerT: ceilingJpyPerT(bid),
      tsFeeBidJpyPerT: bid.tsFeeBidJpyPerT,
      plateauT: plateauT(bid.tsPlan),
      reasons,
      admissible: reasons.length === 0,
      accepted: accepted.has(bid.projectId),
    })),
  };
}
