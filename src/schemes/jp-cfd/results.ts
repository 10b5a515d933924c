/**
 * Outputs of the Japanese scheme (spec §B7): per fiscal year, per capture operator, per T&S operator and per
 * project, plus run totals. Amounts are unrounded float64; round with `roundMoney` when reporting.
 */
import type { RoundResult } from './auction.ts';

export type Phase = 'preCod' | 'support' | 'extension' | 'obligation' | 'closed' | 'terminated';

export interface CaptureYear {
  fy: number;
  phase: Phase;
  referenceJpyPerT: number;
  captureCostJpyPerT: number;
  tsFeeJpyPerT: number;
  basePriceJpyPerT: number;
  captureIndexAdj: number;
  tsIndexAdj: number;
  plannedT: number;
  deliveredT: number;
  storedT: number;
  eligibleT: number;
  /** Eligible tonnes this scheme pays on (all of them, except the power-auction share of a power plant). */
  supportedT: number;
  /** Settlement by formula, before any hard-cap truncation (signed; positive = government pays). */
  settlementFormulaJpy: number;
  settlementJpy: number;
  govToCaptureJpy: number;
  govToTsJpy: number;
  feesPaidJpy: number;
  advanceJpy: number;
  prepayCaptureJpy: number;
  prepayTsJpy: number;
  returnCaptureJpy: number;
  returnTsJpy: number;
  trueUpCaptureJpy: number;
  trueUpTsJpy: number;
  repayLeakJpy: number;
  repayShortfallJpy: number;
  repayAdvanceJpy: number;
  repayContinuationJpy: number;
  /** Damages received (positive) or paid (negative). */
  damagesJpy: number;
  avoidedCarbonJpy: number;
  cashFlowJpy: number;
  /** Attributable support basis after the year's settlement, before the year's repayments and returns. */
  basisJpy: number;
  /** Levelised margin: government net + avoided carbon − fees − K × eligible tonnes. */
  marginLevelisedJpy: number;
}

export interface TsYear {
  fy: number;
  feeRevenueJpy: number;
  govDirectJpy: number;
  prepayJpy: number;
  returnJpy: number;
  trueUpJpy: number;
  repaymentsJpy: number;
  damagesJpy: number;
  cashFlowJpy: number;
  /** Attributable support basis after the year's settlement, before the year's repayments and returns. */
  basisJpy: number;
}

export interface ProjectFlags {
  capBinding: boolean;
  reviewClipped: boolean;
  revisionAccepted: boolean;
  revisionRejected: boolean;
  extensionApproved: boolean;
  extensionRejected: boolean;
  extensionTrueUp: boolean;
  obligationBreached: boolean;
  roadmapMissing: boolean;
  terminated: boolean;
}

export interface ProjectYear {
  fy: number;
  govOutlayJpy: number;
  cumGrossJpy: number;
  cumNetJpy: number;
  capJpy: number;
  /** Proj at the start of the year (after revisions and reviews, before settlement). */
  projJpy: number;
  /** Accepted review fee change (JPY/t), if any. */
  reviewDeltaJpyPerT: number;
  flags: ProjectFlags;
}

export interface CaptureResult {
  readonly id: string;
  readonly years: readonly CaptureYear[];
  readonly npvJpy: number;
  readonly basisJpy: number;
  readonly extCapJpy: number;
  readonly extProjectedJpy: number;
  readonly extEntitlementT: number;
}

export interface ProjectResult {
  readonly id: string;
  readonly capJpy: number;
  readonly years: readonly ProjectYear[];
  readonly capture: readonly CaptureResult[];
  readonly ts: { readonly id: string; readonly years: readonly TsYear[]; readonly npvJpy: number; readonly basisJpy: number };
  readonly totalOutlayJpy: number;
  readonly grossPositiveJpy: number;
}

export interface JpResult {
  readonly rounds: readonly RoundResult[];
  readonly projects: readonly ProjectResult[];
  readonly govOutlayByFy: readonly { fy: number; outlayJpy: number; cumulativeJpy: number }[];
  readonly totalOutlayJpy: number;
  readonly npvGovJpy: number;
}

export function emptyFlags(): ProjectFlags {
  return {
    capBinding: false, reviewClipped: false, revisionAccepted: false, revisionRejected: false,
    extensionApproved: false, extensionRejected: false, extensionTrueUp: false, obligationBreached: false,
    roadmapMissing: false, terminated: false,
  };
}

export function emptyCaptureYear(fy: number, phase: Phase): CaptureYear {
  return {
    fy, phase, referenceJpyPerT: 0, captureCostJpyPerT: 0, tsFeeJpyPerT: 0, basePriceJpyPerT: 0,
    captureIndexAdj: 0, tsIndexAdj: 0, plannedT: 0, deliveredT: 0, storedT: 0, eligibleT: 0, supportedT: 0,
    settlementFormulaJpy: 0, settlementJpy: 0, govToCaptureJpy: 0, govToTsJpy: 0, feesPaidJpy: 0, advanceJpy: 0,
    prepayCaptureJpy: 0, prepayTsJpy: 0, returnCaptureJpy: 0, returnTsJpy: 0, trueUpCaptureJpy: 0, trueUpTsJpy: 0,
    repayLeakJpy: 0, repayShortfallJpy: 0, repayAdvanceJpy: 0, repayContinuationJpy: 0, damagesJpy: 0,
    avoidedCarbonJpy: 0, cashFlowJpy: 0, basisJpy: 0, marginLevelisedJpy: 0,
  };
}

export function emptyTsYear(fy: number): TsYear {
  return { fy, feeRevenueJpy: 0, govDirectJpy: 0, prepayJpy: 0, returnJpy: 0, trueUpJpy: 0, repaymentsJpy: 0, damagesJpy: 0, cashFlowJpy: 0, basisJpy: 0 };
}

/** Government outlay of one capture operator's row: payments out minus receipts. */
export function captureGovNetJpy(r: CaptureYear): number {
  return (
    r.govToCaptureJpy + r.advanceJpy + r.prepayCaptureJpy - r.returnCaptureJpy - r.trueUpCaptureJpy -
    r.repayLeakJpy - r.repayShortfallJpy - r.repayAdvanceJpy - r.repayContinuationJpy
  );
}

/** Government outlay to the T&S operator in a row. */
export function tsGovNetJpy(r: TsYear): number {
  return r.govDirectJpy + r.prepayJpy - r.returnJpy - r.trueUpJpy - r.repaymentsJpy;
}
