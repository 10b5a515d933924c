/**
 * Step 11 of the yearly algorithm (spec §B5.6, B5.7, B6): leakage repayments, prepayment returns and the
 * extension true-up, shortfall and advance settlement, and the continuation obligation.
 */
import type { JpEvent } from './input.ts';
import type { CaptureYear, ProjectFlags, TsYear } from './results.ts';
import { basisJpy, repaidByJpy, type CaptureState, type Ctx, type ProjectState } from './state.ts';

export interface ClosingRows {
  readonly capture: ReadonlyMap<CaptureState, CaptureYear>;
  readonly ts: TsYear;
  readonly flags: ProjectFlags;
}

type RepayKind = 'repayLeakJpy' | 'repayShortfallJpy' | 'repayAdvanceJpy' | 'repayContinuationJpy';

/** Books a repayment by `party`, clipped to its remaining basis and to the project's gross payments. */
function repay(ctx: Ctx, ps: ProjectState, party: string, amount: number, kind: RepayKind, rows: ClosingRows, basis?: number): number {
  const own = (basis ?? basisJpy(ps, party, ctx.cfg)) - repaidByJpy(ps, party);
  const projectLeft = ps.cumGrossJpy - ps.repaidTotalJpy;
  const paid = Math.max(0, Math.min(amount, own, projectLeft));
  if (paid <= 0) return 0;
  ps.repaidTotalJpy += paid;
  ps.cumNetJpy -= paid;
  if (party === ps.bid.ts.id) {
    ps.tsRepaidJpy += paid;
    rows.ts.repaymentsJpy += paid;
  } else {
    const cs = ps.capture.find((c) => c.op.id === party)!;
    cs.repaidJpy += paid;
    rows.capture.get(cs)![kind] += paid;
  }
  return paid;
}

function isParty(ps: ProjectState, id: string): boolean {
  return id === ps.bid.ts.id || ps.capture.some((c) => c.op.id === id);
}

/**
 * Leakage: `repay_x = min(remaining_x, basis_x × λ × faultShare_x × κ_leak)` with λ the leaked share of all
 * CO2 stored so far. Shares held by no operator (force majeure) repay nothing.
 *
 * @example E6: λ = 0.10, S1 basis 43.6 bn, share 0.5 → 2,180,000,000 JPY
 */
export function settleLeak(ctx: Ctx, ps: ProjectState, e: Extract<JpEvent, { kind: 'leak' }>, rows: ClosingRows): void {
  const lambda = ps.cumStoredT > 0 ? Math.min(1, e.leakedVolumeT / ps.cumStoredT) : e.leakedVolumeT > 0 ? 1 : 0;
  for (const [party, share] of Object.entries(e.faultShares)) {
    if (share <= 0 || !isParty(ps, party)) continue;
    const basis = basisJpy(ps, party, ctx.cfg);
    repay(ctx, ps, party, basis * lambda * share * ctx.cfg.repayment.leak.kappa, 'repayLeakJpy', rows);
  }
}

/**
 * Closes an extension: prepaid capex is returned pro rata to the entitlement not delivered, then anything the
 * extension cost above the support lost in the stoppage is trued up (`capAtLostSupport` mode).
 *
 * @example E5 (c): 200,000 of 500,000 t delivered → returns 2.4 bn (C1) and 2.1 bn (S1)
 */
export function closeExtension(ctx: Ctx, ps: ProjectState, cs: CaptureState, rows: ClosingRows): void {
  if (cs.extensionClosed) return;
  cs.extensionClosed = true;
  if (cs.extEntitlementT <= 0 && cs.prepayCapJpy + cs.prepayTsJpy <= 0) return;
  const row = rows.capture.get(cs)!;
  const rho = cs.extEntitlementT > 0 ? Math.min(1, cs.extDeliveredT / cs.extEntitlementT) : 1;
  cs.returnCapJpy = cs.prepayCapJpy * (1 - rho);
  cs.returnTsJpy = cs.prepayTsJpy * (1 - rho);
  row.returnCaptureJpy += cs.returnCapJpy;
  row.returnTsJpy += cs.returnTsJpy;
  rows.ts.returnJpy += cs.returnTsJpy;
  cs.attrCapJpy -= cs.returnCapJpy;
  cs.attrTsJpy -= cs.returnTsJpy;
  ps.cumNetJpy -= cs.returnCapJpy + cs.returnTsJpy;
  if (ctx.cfg.extension.mode !== 'capAtLostSupport') return;
  // Net extension receipts of each party, after the fees the capture operator passes on, so that the split
  // does not depend on how the fee is routed.
  const toCap = cs.prepayCapJpy - cs.returnCapJpy + cs.extToCapJpy - cs.extFeesJpy;
  const toTs = cs.prepayTsJpy - cs.returnTsJpy + cs.extToTsJpy + cs.extFeesJpy;
  const trueUp = Math.max(0, toCap + toTs - Math.max(0, cs.extCapJpy));
  if (trueUp <= 0) return;
  const weightCap = Math.max(0, toCap);
  const weightTs = Math.max(0, toTs);
  const capPart = weightCap + weightTs > 0 ? (trueUp * weightCap) / (weightCap + weightTs) : trueUp;
  cs.trueUpJpy = trueUp;
  row.trueUpCaptureJpy += capPart;
  row.trueUpTsJpy += trueUp - capPart;
  rows.ts.trueUpJpy += trueUp - capPart;
  cs.attrCapJpy -= capPart;
  cs.attrTsJpy -= trueUp - capPart;
  ps.cumNetJpy -= trueUp;
  rows.flags.extensionTrueUp = true;
}

/** Normalised fault shares of a volume shortfall; unexplained shortfall counts as the capture operator's. */
function shortfallShares(ps: ProjectState, cs: CaptureState, shortfallT: number): Map<string, number> {
  const weights = new Map<string, number>();
  let explained = 0;
  for (const [party, t] of cs.lostFaultT) {
    weights.set(party, (weights.get(party) ?? 0) + t);
    explained += t;
  }
  const unexplained = Math.max(0, shortfallT - explained);
  weights.set(cs.op.id, (weights.get(cs.op.id) ?? 0) + unexplained);
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const shares = new Map<string, number>();
  if (total > 0) for (const [p, w] of weights) if (isParty(ps, p)) shares.set(p, w / total);
  return shares;
}

/**
 * Shortfall and advance settlement at the end of support (or on termination): with
 * `α = ΣVel / (ΣVplan − unrecovered excused volume)` below α_min, each party at fault repays
 * `basis × (α_min − α)/α_min × share × κ_sf`; the unearned part of an advance is repaid in proportion to
 * the capture operator's share.
 *
 * @example E5 fault variant: α = 4,500,000 / 5,000,000 = 0.9 ≥ 0.8 → no repayment
 */
export function closeSupport(
  ctx: Ctx, ps: ProjectState, cs: CaptureState, rows: ClosingRows, terminationShares?: Readonly<Record<string, number>>,
): void {
  if (cs.supportClosed) return;
  cs.supportClosed = true;
  const cfg = ctx.cfg.repayment;
  const denom = cs.sumVplanOriginalT - Math.max(0, cs.lostExcusedT - cs.extDeliveredT);
  const alpha = denom > 0 ? cs.sumVelT / denom : 1;
  const shares = terminationShares
    ? new Map(Object.entries(terminationShares).filter(([p]) => isParty(ps, p)))
    : shortfallShares(ps, cs, Math.max(0, denom - cs.sumVelT));
  const whole = ctx.cfg.repayment.attribution === 'wholeChain';
  if (alpha < cfg.shortfall.minAchievement) {
    const severity = (cfg.shortfall.minAchievement - alpha) / cfg.shortfall.minAchievement;
    for (const [party, share] of shares) {
      if (share <= 0) continue;
      const basis = whole ? basisJpy(ps, party, ctx.cfg) : Math.max(0, party === cs.op.id ? cs.attrCapJpy : party === ps.bid.ts.id ? cs.attrTsJpy : 0);
      repay(ctx, ps, party, basis * severity * share * cfg.shortfall.kappa, 'repayShortfallJpy', rows);
    }
  }
  if (cs.advancePaidJpy > 0) {
    const unearned = cs.advancePaidJpy * (1 - Math.min(1, alpha));
    repay(ctx, ps, cs.op.id, unearned * (shares.get(cs.op.id) ?? 0), 'repayAdvanceJpy', rows);
  }
}

/**
 * Continuation repayment: `min(remaining, basis × u × κ_cont)` with u the mean unfulfilled share over the
 * O obligation years, plus the roadmap penalty when no roadmap was submitted.
 *
 * @example E7: u = 0.54, basis 65.4 bn, κ 0.5 → 17,658,000,000 JPY
 */
export function assessContinuation(ctx: Ctx, ps: ProjectState, party: string, shortfallSum: number, rows: ClosingRows): void {
  const cfg = ctx.cfg.repayment.continuation;
  const u = ps.O > 0 ? Math.min(1, shortfallSum / ps.O) : 0;
  const basis = basisJpy(ps, party, ctx.cfg);
  if (u > 0) rows.flags.obligationBreached = true;
  let amount = basis * u * cfg.kappa;
  const cs = ps.capture.find((c) => c.op.id === party);
  if (cs && !cs.op.roadmapSubmitted) {
    rows.flags.roadmapMissing = true;
    amount += basis * cfg.roadmapPenalty;
  }
  repay(ctx, ps, party, amount, 'repayContinuationJpy', rows);
}
