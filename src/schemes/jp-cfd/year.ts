/**
 * Steps 5–10 of the yearly algorithm (spec §B6) for the capture operators of one project that are in a
 * support or extension year: prices, volumes and outages, settlement, hard cap, routing, prepayments,
 * damages and attribution.
 */
import { at, type JpEvent } from './input.ts';
import { captureIndexAdjustment } from './indexation.ts';
import { basePrice, capexNetJpyPerT, captureCostJpyPerT, cfdVolumeShare, planFeeJpyPerT, tsFeeJpyPerT } from './prices.ts';
import type { CaptureYear, ProjectFlags, TsYear } from './results.ts';
import {
  extensionYears, forecastReferenceJpyPerT, prepaidPerTonne, referenceJpyPerT,
  type CaptureState, type Ctx, type ProjectState,
} from './state.ts';

type Outage = Extract<JpEvent, { kind: 'outage' }>;

interface Working {
  cs: CaptureState;
  row: CaptureYear;
  extension: boolean;
  share: number;
  kAttr: number;
  settlement: number;
  prepayCap: number;
  prepayTs: number;
}

function applyOutage(ctx: Ctx, ps: ProjectState, w: Working, e: Outage, lostT: number, tsRow: TsYear, flags: ProjectFlags): void {
  const { cs, row } = w;
  const op = cs.op;
  if (e.cause === 'fault') {
    const party = e.faultParty ?? e.origin;
    cs.lostFaultT.set(party, (cs.lostFaultT.get(party) ?? 0) + lostT);
    if (!ctx.cfg.damages.enabled) return;
    if (party === op.id) {
      const d = row.tsFeeJpyPerT * lostT;
      row.damagesJpy -= d;
      tsRow.damagesJpy += d;
    } else if (party === ps.bid.ts.id) {
      const d = Math.max(0, row.captureCostJpyPerT - row.referenceJpyPerT) * lostT;
      row.damagesJpy += d;
      tsRow.damagesJpy -= d;
    }
    return;
  }
  cs.lostExcusedT += lostT;
  const lostSupport = Math.max(0, row.basePriceJpyPerT - row.referenceJpyPerT) * lostT * w.share;
  const entitlementAfter = cs.extEntitlementT + lostT;
  const last = cs.vplanT[cs.vplanT.length - 1] ?? 0;
  const extFy = ps.lastRegularFy + (last > 0 ? Math.ceil(entitlementAfter / last - 1e-9) : 0);
  const projected = Math.max(0, row.basePriceJpyPerT - forecastReferenceJpyPerT(ctx, extFy)) * lostT * w.share;
  const granted = ctx.cfg.extension.mode === 'capAtLostSupport' || projected <= lostSupport + 1e-6;
  if (!granted) {
    flags.extensionRejected = true;
    return;
  }
  flags.extensionApproved = true;
  cs.extEntitlementT = entitlementAfter;
  cs.extCapJpy += lostSupport;
  cs.extProjectedJpy += projected;
  cs.endFy = ps.lastRegularFy + extensionYears(cs);
  if (!ctx.cfg.outagePrepay.enabled || op.power) return;
  if (op.cashFlowConstrained) w.prepayCap += capexNetJpyPerT(op, cs.contDeductJpyPerT, cs.advanceAccepted) * lostT;
  if (ps.bid.ts.cashFlowConstrained) w.prepayTs += ps.bid.ts.feeCapexComponentJpyPerT * lostT;
}

/**
 * Settles one fiscal year for the operators of `ps` in support or extension. Rows are filled in place.
 *
 * @example E1, FY2030: B = 30,000, R = 5,000, V = 1 Mt → settlement 25,000,000,000 JPY
 */
export function settleYear(
  ctx: Ctx, ps: ProjectState, fy: number, events: readonly JpEvent[],
  rows: ReadonlyMap<CaptureState, CaptureYear>, tsRow: TsYear, flags: ProjectFlags,
): void {
  const { cfg, sc } = ctx;
  const ts = ps.bid.ts;
  const t = fy - ps.y0 + 1;
  const active: Working[] = [];
  for (const cs of ps.capture) {
    if (fy < ps.y0 || fy > cs.endFy) continue;
    const row = rows.get(cs)!;
    const extension = fy > ps.lastRegularFy;
    row.phase = extension ? 'extension' : 'support';
    cs.aCap = captureIndexAdjustment(cfg.captureIndexation, cs.op.indexWeights, cs.op.indexBaseFy, sc.indices, fy);
    const k = captureCostJpyPerT(cs.op, capexNetJpyPerT(cs.op, cs.contDeductJpyPerT, cs.advanceAccepted), cs.aCap, cs.reappraisedJpyPerT);
    const f = tsFeeJpyPerT(planFeeJpyPerT(ps.plan, t, ps.T), ts.feeEnergyComponentJpyPerT, ps.aTs, ps.reviewAdjJpyPerT);
    const price = basePrice(cfg.power, cs.op, k, f);
    Object.assign(row, {
      referenceJpyPerT: referenceJpyPerT(ctx, fy), captureCostJpyPerT: k, tsFeeJpyPerT: f,
      basePriceJpyPerT: price.bJpyPerT, captureIndexAdj: cs.aCap, tsIndexAdj: ps.aTs,
    });
    const last = cs.vplanT[ps.T - 1] ?? 0;
    row.plannedT = extension ? Math.min(last, Math.max(0, cs.extEntitlementT - cs.extDeliveredT)) : (cs.vplanT[t - 1] ?? 0);
    const share = cfdVolumeShare(cfg.power, cs.op, fy);
    active.push({ cs, row, extension, share, kAttr: price.kJpyPerT, settlement: 0, prepayCap: 0, prepayTs: 0 });
  }
  if (active.length === 0) return;

  // Volumes and outages (step 6).
  for (const w of active) {
    const outages = events.filter(
      (e): e is Outage => e.kind === 'outage' && e.projectId === ps.bid.projectId && (e.origin === ts.id || e.origin === w.cs.op.id),
    );
    let lostTotal = 0;
    for (const e of outages) {
      const lost = Math.min(e.fractionOfYear * w.row.plannedT, w.row.plannedT - lostTotal);
      lostTotal += lost;
      applyOutage(ctx, ps, w, e, lost, tsRow, flags);
    }
    w.row.deliveredT = at(w.cs.op.deliveredOverrideT, fy) ?? Math.max(0, w.row.plannedT - lostTotal);
  }
  const storedTotal = at(ts.storedOverrideT, fy);
  const deliveredSum = active.reduce((s, w) => s + w.row.deliveredT, 0);
  for (const w of active) {
    const { cs, row } = w;
    row.storedT = storedTotal === undefined ? row.deliveredT : deliveredSum > 0 ? (storedTotal * row.deliveredT) / deliveredSum : 0;
    const basis = cfg.volume.basis === 'stored' ? row.storedT : row.deliveredT;
    let eligible = cfg.volume.capAtPlan ? Math.min(basis, row.plannedT) : basis;
    if (w.extension) eligible = Math.min(eligible, Math.max(0, cs.extEntitlementT - cs.extDeliveredT));
    row.eligibleT = eligible;
    row.supportedT = eligible * w.share;
    ps.cumStoredT += row.storedT;
    cs.sumVelT += eligible;
    if (w.extension) cs.extDeliveredT += eligible;
    // Settlement (step 7).
    const { ppCap, ppTs } = w.extension ? prepaidPerTonne(cs) : { ppCap: 0, ppTs: 0 };
    let s = (row.basePriceJpyPerT - row.referenceJpyPerT - ppCap - ppTs) * row.supportedT;
    if (cfg.clawback.mode === 'none') s = Math.max(0, s);
    row.settlementFormulaJpy = s;
    w.settlement = s;
  }

  // Hard cap on this year's positive payments (step 7).
  const positive = active.reduce((s, w) => s + Math.max(0, w.settlement) + w.prepayCap + w.prepayTs, 0);
  let scale = 1;
  if (cfg.cap.enforcement === 'hard' && ps.cumGrossJpy + positive > ps.capJpy + 1e-6 && positive > 0) {
    scale = Math.max(0, ps.capJpy - ps.cumGrossJpy) / positive;
    flags.capBinding = true;
  }

  // Routing, prepayments, attribution (steps 8–10).
  for (const w of active) {
    const { cs, row } = w;
    const { ppCap, ppTs } = w.extension ? prepaidPerTonne(cs) : { ppCap: 0, ppTs: 0 };
    const s = w.settlement > 0 ? w.settlement * scale : w.settlement;
    const feeNet = row.tsFeeJpyPerT - ppTs;
    const direct = cfg.routing.directTsShare * feeNet * row.supportedT * (w.settlement > 0 ? scale : 1);
    row.settlementJpy = s;
    row.govToTsJpy = direct;
    row.govToCaptureJpy = s - direct;
    row.feesPaidJpy = feeNet * row.eligibleT - direct;
    row.prepayCaptureJpy = w.prepayCap * scale;
    row.prepayTsJpy = w.prepayTs * scale;
    cs.prepayCapJpy += row.prepayCaptureJpy;
    cs.prepayTsJpy += row.prepayTsJpy;
    tsRow.feeRevenueJpy += row.feesPaidJpy;
    tsRow.govDirectJpy += direct;
    tsRow.prepayJpy += row.prepayTsJpy;
    const b = row.basePriceJpyPerT - ppCap - ppTs;
    const capShare = Math.abs(b) > 1e-9 ? (w.kAttr - ppCap) / b : row.basePriceJpyPerT > 0 ? w.kAttr / row.basePriceJpyPerT : 1;
    cs.attrCapJpy += s * capShare + row.prepayCaptureJpy;
    cs.attrTsJpy += s * (1 - capShare) + row.prepayTsJpy;
    if (w.extension) {
      cs.extToCapJpy += row.govToCaptureJpy;
      cs.extToTsJpy += direct;
      cs.extFeesJpy += row.feesPaidJpy;
    }
    ps.cumGrossJpy += Math.max(0, s) + row.prepayCaptureJpy + row.prepayTsJpy;
    ps.cumNetJpy += s + row.prepayCaptureJpy + row.prepayTsJpy;
    if (cfg.cashflow.avoidedCarbon === 'realisedSameYear') {
      row.avoidedCarbonJpy = (at(sc.carbonPriceJpyPerT, fy) ?? 0) * row.eligibleT;
    }
    row.marginLevelisedJpy = row.govToCaptureJpy + row.avoidedCarbonJpy - row.feesPaidJpy - row.captureCostJpyPerT * row.eligibleT;
  }
}
