/**
 * The Japanese cost-difference scheme, year by year (spec §B6): auction, award cap and advances before the
 * loop; then for each fiscal year and each awarded project: termination, plan revision, fee reviews,
 * indexation, settlement, event settlements and cash flows.
 */
import { deepFreeze } from '../param.ts';
import { npv } from '../num.ts';
import { advanceTest } from './advance.ts';
import { runRound } from './auction.ts';
import { awardCapJpy, feeDeltaWithinCap, projectedTotalJpy } from './cap.ts';
import { referenceLag } from './config.ts';
import { assessContinuation, closeExtension, closeSupport, settleLeak, type ClosingRows } from './closing.ts';
import { at, jpScenarioSchema, type JpEvent, type JpScenarioInput } from './input.ts';
import { stepTsIndexation } from './indexation.ts';
import {
  captureGovNetJpy, emptyCaptureYear, emptyFlags, emptyTsYear, tsGovNetJpy,
  type CaptureYear, type JpResult, type ProjectResult, type ProjectYear, type TsYear,
} from './results.ts';
import { basisJpy, initProjectState, type CaptureState, type Ctx, type ProjectState } from './state.ts';
import { settleYear } from './year.ts';
import { recordObligationYear } from './obligation.ts';

function prepareAdvances(ctx: Ctx, ps: ProjectState): void {
  if (!ctx.cfg.advance.enabled) return;
  for (const cs of ps.capture) {
    const adv = cs.op.advance;
    if (!adv) continue;
    cs.advanceAccepted = advanceTest({
      advanceJpy: adv.amountJpy,
      capexComponentJpyPerT: cs.op.capexComponentJpyPerT,
      capexComponentWithAdvanceJpyPerT: adv.capexComponentWithAdvanceJpyPerT,
      plannedVolumesT: cs.vplanT,
      test: ctx.cfg.advance.test,
      govRate: ctx.sc.govDiscountRate,
    }).passes;
  }
}

function applyPreSettlementEvents(ctx: Ctx, ps: ProjectState, fy: number, events: readonly JpEvent[], py: ProjectYear): void {
  for (const e of events) {
    if (e.kind === 'planRevision' && e.projectId === ps.bid.projectId) {
      const allowed = fy === ps.y0 && e.newPlan.length === ps.T;
      const newPlan = [...e.newPlan].sort((a, b) => a.t - b.t);
      if (allowed && projectedTotalJpy(ctx, ps, fy, newPlan) <= ps.capJpy + 1e-6) {
        for (const cs of ps.capture) {
          cs.vplanT = cs.vplanT.map((v, i) => {
            const before = ps.plan[i]?.plannedVolumeT ?? 0;
            const after = newPlan[i]?.plannedVolumeT ?? 0;
            return before > 0 ? (v * after) / before : after / ps.capture.length;
          });
        }
        ps.plan = newPlan;
        py.flags.revisionAccepted = true;
      } else {
        py.flags.revisionRejected = true;
      }
    }
  }
  for (const e of events) {
    if (e.kind !== 'tsReview' || e.projectId !== ps.bid.projectId || fy < ps.y0 || fy > ps.lastRegularFy) continue;
    const t = fy - ps.y0 + 1;
    const onCycle = t > 1 && (t - 1) % ctx.cfg.tsReview.periodYears === 0;
    if (e.reason === 'periodic' && !onCycle) {
      py.flags.reviewClipped = true;
      continue;
    }
    const delta = feeDeltaWithinCap(ctx, ps, fy, e.feeDeltaJpyPerT);
    if (delta !== e.feeDeltaJpyPerT) py.flags.reviewClipped = true;
    ps.reviewAdjJpyPerT += delta;
    py.reviewDeltaJpyPerT += delta;
  }
  for (const e of events) {
    if (e.kind !== 'reappraisal') continue;
    const cs = ps.capture.find((c) => c.op.id === e.operatorId);
    if (cs) cs.reappraisedJpyPerT = e.newCapturePerTJpy;
  }
}

function payAdvance(ps: ProjectState, cs: CaptureState, fy: number, row: CaptureYear): void {
  const adv = cs.op.advance;
  if (!cs.advanceAccepted || !adv || adv.fy !== fy) return;
  row.advanceJpy = adv.amountJpy;
  cs.advancePaidJpy = adv.amountJpy;
  cs.attrCapJpy += adv.amountJpy;
  ps.cumGrossJpy += adv.amountJpy;
  ps.cumNetJpy += adv.amountJpy;
}

function cashFlows(ctx: Ctx, ps: ProjectState, fy: number, rows: Map<CaptureState, CaptureYear>, tsRow: TsYear): number {
  let gov = 0;
  for (const [cs, r] of rows) {
    const g = captureGovNetJpy(r);
    gov += g;
    r.cashFlowJpy = g - r.feesPaidJpy + r.avoidedCarbonJpy - (at(cs.op.capexSpendJpy, fy) ?? 0) - (at(cs.op.opexActualJpy, fy) ?? 0) + r.damagesJpy;
  }
  const ts = ps.bid.ts;
  const tg = tsGovNetJpy(tsRow);
  gov += tg;
  tsRow.cashFlowJpy =
    tsRow.feeRevenueJpy + tg - (at(ts.capexSpendJpy, fy) ?? 0) - (at(ts.opexActualJpy, fy) ?? 0) -
    (at(ts.financialAssuranceJpy, fy) ?? 0) - (at(ts.jogmecContributionJpy, fy) ?? 0) + tsRow.damagesJpy;
  return gov;
}

function simulateProjectYear(ctx: Ctx, ps: ProjectState, fy: number, events: readonly JpEvent[]) {
  const py: ProjectYear = {
    fy, govOutlayJpy: 0, cumGrossJpy: 0, cumNetJpy: 0, capJpy: ps.capJpy, projJpy: 0, reviewDeltaJpyPerT: 0, flags: emptyFlags(),
  };
  const rows = new Map<CaptureState, CaptureYear>(ps.capture.map((cs) => [cs, emptyCaptureYear(fy, fy < ps.y0 ? 'preCod' : 'closed')]));
  const tsRow = emptyTsYear(fy);
  const closing: ClosingRows = { capture: rows, ts: tsRow, flags: py.flags };
  const terminate = events.find((e) => e.kind === 'terminate' && e.projectId === ps.bid.projectId);
  if (ps.terminatedFy === null && terminate?.kind === 'terminate') ps.terminatedFy = fy;
  const terminated = ps.terminatedFy !== null;
  for (const [cs, row] of rows) payAdvance(ps, cs, fy, row);
  if (!terminated) {
    applyPreSettlementEvents(ctx, ps, fy, events, py);
    const inSupport = ps.capture.some((cs) => fy >= ps.y0 && fy <= cs.endFy);
    if (inSupport) {
      const step = stepTsIndexation(ctx.cfg.tsIndexation, ps.bid.ts.energyIndex ? ctx.sc.indices[ps.bid.ts.energyIndex] : undefined, ps.bid.ts.indexBaseFy, ps.tsIdx, fy);
      ps.tsIdx = step.state;
      ps.aTs = step.adjustment;
    }
    py.projJpy = projectedTotalJpy(ctx, ps, fy);
    settleYear(ctx, ps, fy, events, rows, tsRow, py.flags);
  }
  for (const [cs, row] of rows) row.basisJpy = basisJpy(ps, cs.op.id, ctx.cfg);
  tsRow.basisJpy = basisJpy(ps, ps.bid.ts.id, ctx.cfg);
  for (const e of events) if (e.kind === 'leak' && e.projectId === ps.bid.projectId) settleLeak(ctx, ps, e, closing);
  for (const cs of ps.capture) {
    const ends = fy === cs.endFy && fy >= ps.y0;
    if (terminate?.kind === 'terminate' && ps.terminatedFy === fy) {
      closeExtension(ctx, ps, cs, closing);
      closeSupport(ctx, ps, cs, closing, terminate.faultShares);
      cs.obligationClosed = true;
    } else if (ends && !terminated) {
      closeExtension(ctx, ps, cs, closing);
      closeSupport(ctx, ps, cs, closing);
    }
  }
  if (terminate && ps.terminatedFy === fy) ps.tsObligationClosed = true;
  if (!terminated) recordObligationYear(ctx, ps, fy, events, rows, closing, assessContinuation);
  if (terminated) {
    py.flags.terminated = true;
    for (const row of rows.values()) row.phase = 'terminated';
  }
  py.govOutlayJpy = cashFlows(ctx, ps, fy, rows, tsRow);
  py.cumGrossJpy = ps.cumGrossJpy;
  py.cumNetJpy = ps.cumNetJpy;
  if (terminated || fy > Math.max(...ps.capture.map((c) => c.endFy))) py.projJpy = ps.cumGrossJpy;
  return { py, rows, tsRow };
}

/**
 * Runs a scenario of the Japanese scheme and returns every yearly flow. The input is validated (zod) and
 * frozen; the function has no side effects.
 *
 * @example E1: a 1 Mt/yr project with B = 30,000 JPY/t and carbon prices 5,000 … 12,000 JPY/t gets
 * 25, 24, 22, 20 and 18 bn JPY in FY2030–2034; NPV at 4 % is 101,583,562,375 JPY.
 */
export function simulateJp(input: JpScenarioInput): JpResult {
  const sc = deepFreeze(jpScenarioSchema.parse(input));
  const ctx: Ctx = { sc, cfg: sc.config, lag: referenceLag(sc.config) };
  const rounds = [...sc.rounds].sort((a, b) => a.fy - b.fy).map((r) => runRound(r, sc.bids.filter((b) => b.roundFy === r.fy), sc.config.auction));
  const awarded = rounds.flatMap((r) => r.acceptedIds.map((id) => sc.bids.find((b) => b.projectId === id && b.roundFy === r.fy)!));
  const states = awarded.map((bid) => {
    const ps = initProjectState(ctx, bid);
    prepareAdvances(ctx, ps);
    ps.capJpy = awardCapJpy(ctx, ps);
    return ps;
  });
  const collected = states.map(() => ({ years: [] as ProjectYear[], capture: [] as CaptureYear[][], ts: [] as TsYear[] }));
  collected.forEach((c, i) => (c.capture = states[i]!.capture.map(() => [])));
  const govOutlayByFy: { fy: number; outlayJpy: number; cumulativeJpy: number }[] = [];
  let cumulative = 0;
  for (let fy = sc.fyFirst; fy <= sc.fyLast; fy++) {
    const events = sc.events.filter((e) => e.fy === fy);
    let outlay = 0;
    states.forEach((ps, i) => {
      const { py, rows, tsRow } = simulateProjectYear(ctx, ps, fy, events);
      outlay += py.govOutlayJpy;
      collected[i]!.years.push(py);
      ps.capture.forEach((cs, j) => collected[i]!.capture[j]!.push(rows.get(cs)!));
      collected[i]!.ts.push(tsRow);
    });
    cumulative += outlay;
    govOutlayByFy.push({ fy, outlayJpy: outlay, cumulativeJpy: cumulative });
  }
  const projects: ProjectResult[] = states.map((ps, i) => {
    const c = collected[i]!;
    return {
      id: ps.bid.projectId,
      capJpy: ps.capJpy,
      years: c.years,
      totalOutlayJpy: c.years.reduce((s, y) => s + y.govOutlayJpy, 0),
      grossPositiveJpy: ps.cumGrossJpy,
      capture: ps.capture.map((cs, j) => ({
        id: cs.op.id,
        years: c.capture[j]!,
        npvJpy: npv(c.capture[j]!.map((r) => r.cashFlowJpy), cs.op.discountRate, sc.fyFirst, sc.valuationFy),
        basisJpy: basisJpy(ps, cs.op.id, ctx.cfg),
        extCapJpy: cs.extCapJpy,
        extProjectedJpy: cs.extProjectedJpy,
        extEntitlementT: cs.extEntitlementT,
      })),
      ts: {
        id: ps.bid.ts.id,
        years: c.ts,
        npvJpy: npv(c.ts.map((r) => r.cashFlowJpy), ps.bid.ts.discountRate, sc.fyFirst, sc.valuationFy),
        basisJpy: basisJpy(ps, ps.bid.ts.id, ctx.cfg),
      },
    };
  });
  return deepFreeze({
    rounds,
    projects,
    govOutlayByFy,
    totalOutlayJpy: cumulative,
    npvGovJpy: npv(govOutlayByFy.map((g) => g.outlayJpy), sc.govDiscountRate, sc.fyFirst, sc.valuationFy),
  });
}
