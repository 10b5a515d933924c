/**
 * The total support amount (支援総額) and the projection it is tested against (spec §A4, B5.5): the cap
 * bounds plan revisions, fee reviews and extensions.
 */
import type { TsPlanRow } from './input.ts';
import { basePrice, capexNetJpyPerT, captureCostJpyPerT, cfdVolumeShare, planFeeJpyPerT, tsFeeJpyPerT } from './prices.ts';
import { forecastReferenceJpyPerT, prepaidPerTonne, type CaptureState, type Ctx, type ProjectState } from './state.ts';

interface Assumptions {
  readonly plan: readonly TsPlanRow[];
  readonly reviewAdjJpyPerT: number;
  /** Award time: no contingency deduction, no indexation. */
  readonly atAward: boolean;
}

/** Projected base price B̂ of operator `cs` in support-year index t under the given assumptions. */
function projectedBaseJpyPerT(ctx: Ctx, ps: ProjectState, cs: CaptureState, t: number, a: Assumptions): number {
  const capexNet = capexNetJpyPerT(cs.op, a.atAward ? 0 : cs.contDeductJpyPerT, cs.advanceAccepted);
  const k = captureCostJpyPerT(cs.op, capexNet, a.atAward ? 0 : cs.aCap, a.atAward ? undefined : cs.reappraisedJpyPerT);
  const f = tsFeeJpyPerT(
    planFeeJpyPerT(a.plan, t, ps.T),
    ps.bid.ts.feeEnergyComponentJpyPerT,
    a.atAward ? 0 : ps.aTs,
    a.reviewAdjJpyPerT,
  );
  return basePrice(ctx.cfg.power, cs.op, k, f).bJpyPerT;
}

/** Planned volume of operator `cs` in support-year index t when the project plan is replaced by `plan`. */
function plannedUnder(ps: ProjectState, cs: CaptureState, t: number, plan: readonly TsPlanRow[]): number {
  const current = ps.plan.find((r) => r.t === t)?.plannedVolumeT ?? 0;
  const next = plan.find((r) => r.t === t)?.plannedVolumeT ?? 0;
  const own = cs.vplanT[t - 1] ?? 0;
  if (plan === ps.plan) return own;
  if (current > 0) return (own * next) / current;
  return next / ps.capture.length;
}

/** Σ over support years from `fromFy` of max(0, B̂ − R̂) × Vplan × eligible share. */
function remainingRegularJpy(ctx: Ctx, ps: ProjectState, fromFy: number, a: Assumptions): number {
  let sum = 0;
  for (let fy = Math.max(fromFy, ps.y0); fy <= ps.lastRegularFy; fy++) {
    const t = fy - ps.y0 + 1;
    const r = forecastReferenceJpyPerT(ctx, fy);
    for (const cs of ps.capture) {
      const v = plannedUnder(ps, cs, t, a.plan) * cfdVolumeShare(ctx.cfg.power, cs.op, fy);
      sum += Math.max(0, projectedBaseJpyPerT(ctx, ps, cs, t, a) - r) * v;
    }
  }
  return sum;
}

/**
 * Total support amount at award: `headroom × [Σ_c Σ_t max(0, B0 − R̂) × Vplan + advances]`, or the bid's
 * explicit amount.
 *
 * @example E1: 25 + 24 + 22 + 20 + 18 = 109.0 bn; E4 (P4): 133.0 bn
 */
export function awardCapJpy(ctx: Ctx, ps: ProjectState): number {
  if (ps.bid.supportCapJpy !== undefined) return ps.bid.supportCapJpy;
  const a: Assumptions = { plan: ps.plan, reviewAdjJpyPerT: 0, atAward: true };
  const advances = ps.capture.reduce((s, c) => s + (c.advanceAccepted && c.op.advance ? c.op.advance.amountJpy : 0), 0);
  return ctx.cfg.cap.headroom * (remainingRegularJpy(ctx, ps, ps.y0, a) + advances);
}

/**
 * Projection Proj(fy): gross positive payments already made, plus projected support for the remaining
 * support years, plus the value of undelivered extension entitlements net of what was prepaid.
 *
 * @example E4 revision A at t = 1: 56,000,000,000 + 76,400,000,000 = 132,400,000,000 JPY
 */
export function projectedTotalJpy(
  ctx: Ctx,
  ps: ProjectState,
  fy: number,
  plan: readonly TsPlanRow[] = ps.plan,
  reviewAdjJpyPerT: number = ps.reviewAdjJpyPerT,
): number {
  const a: Assumptions = { plan, reviewAdjJpyPerT, atAward: false };
  let ext = 0;
  for (const cs of ps.capture) {
    const remaining = cs.extEntitlementT - cs.extDeliveredT;
    if (remaining <= 0 || cs.extensionClosed) continue;
    const extFy = Math.max(fy, cs.endFy);
    const { ppCap, ppTs } = prepaidPerTonne(cs);
    const b = projectedBaseJpyPerT(ctx, ps, cs, ps.T, a);
    const share = cfdVolumeShare(ctx.cfg.power, cs.op, extFy);
    ext += Math.max(0, b - forecastReferenceJpyPerT(ctx, extFy) - ppCap - ppTs) * remaining * share;
  }
  return ps.cumGrossJpy + remainingRegularJpy(ctx, ps, fy, a) + ext;
}

/**
 * Largest fee increase up to `deltaJpyPerT` that keeps Proj ≤ Cap (found by bisection, since Proj is
 * non-decreasing in the fee). Decreases are always accepted.
 */
export function feeDeltaWithinCap(ctx: Ctx, ps: ProjectState, fy: number, deltaJpyPerT: number): number {
  if (deltaJpyPerT <= 0) return deltaJpyPerT;
  const proj = (d: number) => projectedTotalJpy(ctx, ps, fy, ps.plan, ps.reviewAdjJpyPerT + d);
  if (proj(deltaJpyPerT) <= ps.capJpy + 1e-6) return deltaJpyPerT;
  if (!ctx.cfg.tsReview.clipToCap || proj(0) > ps.capJpy + 1e-6) return 0;
  let lo = 0;
  let hi = deltaJpyPerT;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (proj(mid) <= ps.capJpy + 1e-6) lo = mid;
    else hi = mid;
  }
  return lo;
}
