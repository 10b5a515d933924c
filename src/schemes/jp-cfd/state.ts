/**
 * Mutable bookkeeping of one awarded project while the yearly loop runs (spec §B4). It never leaves the
 * engine: results are copied out as frozen rows.
 */
import type { JpConfig } from './config.ts';
import { at, type Bid, type CaptureOperator, type JpScenario, type TsPlanRow } from './input.ts';
import { initialTsIndexState, type TsIndexState } from './indexation.ts';
import { contingencyDeductionJpyPerT } from './prices.ts';

export interface Ctx {
  readonly sc: JpScenario;
  readonly cfg: JpConfig;
  /** Reference-price lag ℓref. */
  readonly lag: number;
}

/** Realised reference price R_y = P[y − ℓref]. */
export function referenceJpyPerT(ctx: Ctx, fy: number): number {
  const p = at(ctx.sc.carbonPriceJpyPerT, fy - ctx.lag);
  if (p === undefined) throw new Error(`carbon price missing for FY${fy - ctx.lag}`);
  return p;
}

/** Frozen award-time forecast R̂_y (the realised series when no forecast is given). */
export function forecastReferenceJpyPerT(ctx: Ctx, fy: number): number {
  const series = ctx.sc.carbonPriceForecastJpyPerT ?? ctx.sc.carbonPriceJpyPerT;
  const p = at(series, fy - ctx.lag) ?? at(ctx.sc.carbonPriceJpyPerT, fy - ctx.lag);
  if (p === undefined) throw new Error(`carbon price forecast missing for FY${fy - ctx.lag}`);
  return p;
}

export interface CaptureState {
  readonly op: CaptureOperator;
  /** Planned volume per support-year index (0-based), updated by an accepted plan revision. */
  vplanT: number[];
  readonly contDeductJpyPerT: number;
  advanceAccepted: boolean;
  aCap: number;
  reappraisedJpyPerT: number | undefined;
  extEntitlementT: number;
  extDeliveredT: number;
  extCapJpy: number;
  extProjectedJpy: number;
  prepayCapJpy: number;
  prepayTsJpy: number;
  returnCapJpy: number;
  returnTsJpy: number;
  /** Government receipts during extension years by recipient (capture, T&S), for the true-up. */
  extToCapJpy: number;
  extToTsJpy: number;
  /** Fees the capture operator paid the T&S operator in extension years. */
  extFeesJpy: number;
  trueUpJpy: number;
  endFy: number;
  extensionClosed: boolean;
  supportClosed: boolean;
  lostExcusedT: number;
  lostFaultT: Map<string, number>;
  sumVelT: number;
  sumVplanOriginalT: number;
  attrCapJpy: number;
  attrTsJpy: number;
  repaidJpy: number;
  advancePaidJpy: number;
  obligationShortfallSum: number;
  obligationClosed: boolean;
}

export interface ProjectState {
  readonly bid: Bid;
  readonly y0: number;
  readonly T: number;
  readonly O: number;
  readonly lastRegularFy: number;
  plan: TsPlanRow[];
  reviewAdjJpyPerT: number;
  capJpy: number;
  cumGrossJpy: number;
  cumNetJpy: number;
  cumStoredT: number;
  tsIdx: TsIndexState;
  aTs: number;
  terminatedFy: number | null;
  readonly capture: CaptureState[];
  tsRepaidJpy: number;
  /** Sum of (1 − perf) of the T&S operator over obligation years, and whether it has been assessed. */
  tsObligationShortfallSum: number;
  tsObligationClosed: boolean;
  repaidTotalJpy: number;
}

export function initCaptureState(ctx: Ctx, bid: Bid, op: CaptureOperator): CaptureState {
  const vplanT: number[] = [];
  for (let t = 1; t <= bid.supportYears; t++) vplanT.push(at(op.plannedVolumeT, bid.supportStartFy + t - 1) ?? 0);
  return {
    op,
    vplanT,
    contDeductJpyPerT: contingencyDeductionJpyPerT(ctx.cfg.contingency, op),
    advanceAccepted: false,
    aCap: 0,
    reappraisedJpyPerT: undefined,
    extEntitlementT: 0,
    extDeliveredT: 0,
    extCapJpy: 0,
    extProjectedJpy: 0,
    prepayCapJpy: 0,
    prepayTsJpy: 0,
    returnCapJpy: 0,
    returnTsJpy: 0,
    extToCapJpy: 0,
    extToTsJpy: 0,
    extFeesJpy: 0,
    trueUpJpy: 0,
    endFy: bid.supportStartFy + bid.supportYears - 1,
    extensionClosed: false,
    supportClosed: false,
    lostExcusedT: 0,
    lostFaultT: new Map(),
    sumVelT: 0,
    sumVplanOriginalT: vplanT.reduce((a, b) => a + b, 0),
    attrCapJpy: 0,
    attrTsJpy: 0,
    repaidJpy: 0,
    advancePaidJpy: 0,
    obligationShortfallSum: 0,
    obligationClosed: false,
  };
}

export function initProjectState(ctx: Ctx, bid: Bid): ProjectState {
  const T = bid.supportYears;
  return {
    bid,
    y0: bid.supportStartFy,
    T,
    O: bid.obligationYears ?? T,
    lastRegularFy: bid.supportStartFy + T - 1,
    plan: [...bid.tsPlan].sort((a, b) => a.t - b.t),
    reviewAdjJpyPerT: 0,
    capJpy: 0,
    cumGrossJpy: 0,
    cumNetJpy: 0,
    cumStoredT: 0,
    tsIdx: initialTsIndexState,
    aTs: 0,
    terminatedFy: null,
    capture: bid.capture.map((op) => initCaptureState(ctx, bid, op)),
    tsRepaidJpy: 0,
    tsObligationShortfallSum: 0,
    tsObligationClosed: false,
    repaidTotalJpy: 0,
  };
}

/** Per-tonne prepaid capex (capture, T&S) carried into the extension formula. */
export function prepaidPerTonne(cs: CaptureState): { ppCap: number; ppTs: number } {
  if (cs.extEntitlementT <= 0) return { ppCap: 0, ppTs: 0 };
  return { ppCap: cs.prepayCapJpy / cs.extEntitlementT, ppTs: cs.prepayTsJpy / cs.extEntitlementT };
}

/** Number of extension years needed to deliver the entitlement at the last plan year's volume. */
export function extensionYears(cs: CaptureState): number {
  const last = cs.vplanT[cs.vplanT.length - 1] ?? 0;
  if (cs.extEntitlementT <= 0 || last <= 0) return 0;
  return Math.ceil(cs.extEntitlementT / last - 1e-9);
}

/** Support basis of each party (spec §B5.7): attributable support received, never negative. */
export function basisJpy(ps: ProjectState, party: string, cfg: JpConfig): number {
  const total = ps.capture.reduce((s, c) => s + c.attrCapJpy + c.attrTsJpy, 0);
  if (cfg.repayment.attribution === 'wholeChain') {
    return party === ps.bid.ts.id || ps.capture.some((c) => c.op.id === party) ? Math.max(0, total) : 0;
  }
  if (party === ps.bid.ts.id) return Math.max(0, ps.capture.reduce((s, c) => s + c.attrTsJpy, 0));
  const cs = ps.capture.find((c) => c.op.id === party);
  return cs ? Math.max(0, cs.attrCapJpy) : 0;
}

/** Amount already repaid by a party. */
export function repaidByJpy(ps: ProjectState, party: string): number {
  if (party === ps.bid.ts.id) return ps.tsRepaidJpy;
  return ps.capture.find((c) => c.op.id === party)?.repaidJpy ?? 0;
}
