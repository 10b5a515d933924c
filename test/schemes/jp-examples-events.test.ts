/**
 * Worked examples E4–E7 and S2 of the Japanese scheme: the auction, plan revision, outages with extension
 * and prepayment, leakage, the continuation obligation and the advance test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulateJp } from '../../src/schemes/jp-cfd/engine.ts';
import { advanceTest, levelisedCapexJpyPerT } from '../../src/schemes/jp-cfd/advance.ts';
import { roundMoney } from '../../src/schemes/num.ts';
import type { JpScenarioInput } from '../../src/schemes/jp-cfd/input.ts';
import type { JpResult } from '../../src/schemes/jp-cfd/results.ts';
import { baseScenario, bidP1, bn, captureC1, flat } from './jp-fixtures.ts';

type BidInput = NonNullable<JpScenarioInput['bids']>[number];
const rowsOf = (r: JpResult, op = 'C1', project = 'P1') =>
  r.projects.find((p) => p.id === project)!.capture.find((c) => c.id === op)!.years;
const rowAt = (r: JpResult, fy: number, op = 'C1') => rowsOf(r, op).find((x) => x.fy === fy)!;
const tsAt = (r: JpResult, fy: number) => r.projects[0]!.ts.years.find((x) => x.fy === fy)!;

const E4_CEILING = { c0JpyPerT: 8000, cLenJpyPerTPerKm: 5, subsurfaceJpyPerT: 1500, epcJpyPerT: 1000 };
const P4_PLAN = [
  { t: 1, plannedVolumeT: 500_000, feeJpyPerT: 24000 },
  { t: 2, plannedVolumeT: 1_000_000, feeJpyPerT: 14000 },
  { t: 3, plannedVolumeT: 1_500_000, feeJpyPerT: 10000 },
  { t: 4, plannedVolumeT: 2_000_000, feeJpyPerT: 9000 },
  { t: 5, plannedVolumeT: 2_000_000, feeJpyPerT: 9000 },
];

function e4Bid(id: string, km: number, fee: number, plateau: number, order: number, extra: Partial<BidInput> = {}): BidInput {
  const plan = id === 'P4' ? P4_PLAN : [1, 2, 3, 4, 5].map((t) => ({ t, plannedVolumeT: plateau, feeJpyPerT: fee }));
  const volumes = Object.fromEntries(plan.map((r) => [String(2029 + r.t), r.plannedVolumeT]));
  return bidP1({
    projectId: id, submissionOrder: order, pipelineLengthKm: km, tsFeeBidJpyPerT: fee, ceiling: E4_CEILING, tsPlan: plan,
    ts: { id: `S-${id}` }, capture: [captureC1({ id: `C-${id}`, plannedVolumeT: volumes })], ...extra,
  });
}

function e4(events: JpScenarioInput['events'] = [], marginal: 'skip' | 'stop' = 'skip') {
  const failing = { EV1: true, EV2: true, EV3: false, EV4: true, EV5: true, EV6: true, EV7: true, EV8: true, EV9: true };
  return simulateJp(
    baseScenario({
      carbonPriceJpyPerT: flat(2029, 2035, 10000),
      rounds: [{ fy: 2026, capacityTpa: 3_000_000 }],
      bids: [
        e4Bid('P4', 300, 11000, 2_000_000, 1),
        e4Bid('P5', 500, 11500, 1_500_000, 2),
        e4Bid('P6', 400, 11800, 1_000_000, 3),
        e4Bid('P7', 200, 10500, 1_000_000, 4, { evaluation: failing }),
        e4Bid('P8', 100, 12500, 500_000, 5),
      ],
      events,
      config: { auction: { marginal } },
    }),
  );
}

test('E4: ceilings grow with pipeline length and the round accepts P4 and P6 (P4 only under stop)', () => {
  const r = e4();
  const round = r.rounds[0]!;
  assert.deepEqual(round.bids.map((b) => b.ceilingJpyPerT), [12000, 13000, 12500, 11500, 11000]);
  assert.deepEqual(round.acceptedIds, ['P4', 'P6']);
  assert.deepEqual(round.bids.find((b) => b.projectId === 'P7')!.reasons, ['evaluationFailed']);
  assert.deepEqual(round.bids.find((b) => b.projectId === 'P8')!.reasons, ['aboveCeiling']);
  assert.equal(round.capacityUsedT, 3_000_000);
  assert.deepEqual(e4([], 'stop').rounds[0]!.acceptedIds, ['P4']);
});

test('E4: the phased plan pays 16, 22, 27, 34, 34 bn, the same total as the flat bid fee', () => {
  const r = e4();
  const s = rowsOf(r, 'C-P4', 'P4').filter((x) => x.phase === 'support').map((x) => roundMoney(x.settlementJpy));
  assert.deepEqual(s, [16e9, 22e9, 27e9, 34e9, 34e9]);
  const p4 = r.projects.find((p) => p.id === 'P4')!;
  assert.equal(roundMoney(p4.totalOutlayJpy), 133 * bn);
  assert.equal(roundMoney(p4.capJpy), 133 * bn);
  assert.equal((18000 + 11000 - 10000) * 7_000_000, 133 * bn);
});

test('E4: revision A (132.4 bn) is accepted at storage start and revision B (134 bn) is rejected', () => {
  const revA = [400_000, 1_000_000, 1_600_000, 2_000_000, 2_000_000].map((v, i) => ({ t: i + 1, plannedVolumeT: v, feeJpyPerT: [26000, 14000, 10000, 9000, 9000][i]! }));
  const revB = revA.map((row) => (row.t === 1 ? { ...row, feeJpyPerT: 30000 } : row));
  const a = e4([{ kind: 'planRevision', fy: 2030, projectId: 'P4', newPlan: revA }]);
  const pa = a.projects.find((p) => p.id === 'P4')!;
  assert.equal(pa.years.find((y) => y.fy === 2030)!.flags.revisionAccepted, true);
  assert.equal(roundMoney(pa.years.find((y) => y.fy === 2030)!.projJpy), 132.4 * bn);
  assert.equal(roundMoney(pa.totalOutlayJpy), 132.4 * bn);
  const b = e4([{ kind: 'planRevision', fy: 2030, projectId: 'P4', newPlan: revB }]);
  const pb = b.projects.find((p) => p.id === 'P4')!;
  assert.equal(pb.years.find((y) => y.fy === 2030)!.flags.revisionRejected, true);
  assert.equal(roundMoney(pb.totalOutlayJpy), 133 * bn);
});

function e5(cause: 'FM' | 'fault', delivered2035?: number) {
  const c1 = captureC1({ cashFlowConstrained: true, ...(delivered2035 === undefined ? {} : { deliveredOverrideT: { '2035': delivered2035 } }) });
  return simulateJp(
    baseScenario({
      bids: [bidP1({ ts: { id: 'S1', feeCapexComponentJpyPerT: 7000, feeEnergyComponentJpyPerT: 2000, cashFlowConstrained: true }, capture: [c1] })],
      events: [{ kind: 'outage', fy: 2032, projectId: 'P1', origin: 'S1', fractionOfYear: 0.5, cause, ...(cause === 'fault' ? { faultParty: 'S1' } : {}) }],
    }),
  );
}

test('E5: a force-majeure stoppage at S1 halves FY2032 support, prepays capex and grants one extension year', () => {
  const r = e5('FM');
  const y = rowAt(r, 2032);
  assert.equal(roundMoney(y.settlementJpy), 11 * bn);
  assert.equal(roundMoney(y.prepayCaptureJpy), 4 * bn);
  assert.equal(roundMoney(y.prepayTsJpy), 3.5 * bn);
  assert.equal(roundMoney(r.govOutlayByFy.find((g) => g.fy === 2032)!.outlayJpy), 18.5 * bn);
  assert.equal(roundMoney(tsAt(r, 2032).feeRevenueJpy), 6 * bn);
  const c = r.projects[0]!.capture[0]!;
  assert.equal(roundMoney(c.extCapJpy), 11 * bn);
  assert.equal(roundMoney(c.extProjectedJpy), 8 * bn);
  assert.equal(roundMoney(r.projects[0]!.years.find((x) => x.fy === 2033)!.projJpy), 106 * bn);
  // (a) the whole extension is delivered in FY2035.
  const ext = rowAt(r, 2035);
  assert.equal(ext.phase, 'extension');
  assert.equal(roundMoney(ext.settlementJpy), 0.5 * bn);
  assert.equal(roundMoney(ext.feesPaidJpy), 2.5 * bn);
  assert.equal(ext.trueUpCaptureJpy + ext.trueUpTsJpy, 0);
  assert.equal(roundMoney(r.projects[0]!.totalOutlayJpy), 106 * bn);
});

test('E5 (b), (c): prepaid capex is returned pro rata to the undelivered extension', () => {
  const none = e5('FM', 0);
  const b = rowAt(none, 2035);
  assert.equal(roundMoney(b.returnCaptureJpy), 4 * bn);
  assert.equal(roundMoney(b.returnTsJpy), 3.5 * bn);
  assert.equal(roundMoney(none.projects[0]!.totalOutlayJpy), 98 * bn);
  const part = e5('FM', 200_000);
  const c = rowAt(part, 2035);
  assert.equal(roundMoney(c.returnCaptureJpy), 2.4 * bn);
  assert.equal(roundMoney(c.returnTsJpy), 2.1 * bn);
  assert.equal(roundMoney(c.settlementJpy), 0.2 * bn);
  const extensionCost = 7.5 * bn - c.returnCaptureJpy - c.returnTsJpy + c.settlementJpy;
  assert.equal(roundMoney(extensionCost), 3.2 * bn);
  assert.equal(roundMoney(extensionCost), (30000 - 14000) * 200_000);
});

test('E5 fault variant: S1 pays C1 5 bn damages; no extension, no prepayment, no shortfall repayment', () => {
  const r = e5('fault');
  const y = rowAt(r, 2032);
  assert.equal(roundMoney(y.settlementJpy), 11 * bn);
  assert.equal(y.prepayCaptureJpy + y.prepayTsJpy, 0);
  assert.equal(roundMoney(y.damagesJpy), 5 * bn);
  assert.equal(roundMoney(tsAt(r, 2032).damagesJpy), -5 * bn);
  assert.equal(rowAt(r, 2035).phase, 'obligation');
  assert.equal(r.projects[0]!.capture[0]!.extEntitlementT, 0);
  assert.equal(rowAt(r, 2034).repayShortfallJpy, 0);
  assert.equal(roundMoney(r.projects[0]!.totalOutlayJpy), 98 * bn);
});

function e6(attribution: 'proRata' | 'wholeChain') {
  return simulateJp(
    baseScenario({
      fyLast: 2034,
      events: [{ kind: 'leak', fy: 2034, projectId: 'P1', leakedVolumeT: 500_000, faultShares: { S1: 0.5, quasiFM: 0.5 } }],
      config: { captureIndexation: { enabled: false }, repayment: { attribution } },
    }),
  );
}

test('E6: a 10 % leak half at S1 fault costs S1 2.18 bn (5.45 bn on the whole-chain basis)', () => {
  const r = e6('proRata');
  assert.equal(roundMoney(r.projects[0]!.ts.basisJpy), 43_600_000_000);
  assert.equal(roundMoney(r.projects[0]!.capture[0]!.basisJpy), 65_400_000_000);
  assert.equal(roundMoney(tsAt(r, 2034).repaymentsJpy), 2_180_000_000);
  assert.equal(rowAt(r, 2034).repayLeakJpy, 0);
  assert.equal(roundMoney(r.totalOutlayJpy), 106_820_000_000);
  const whole = e6('wholeChain');
  assert.equal(roundMoney(tsAt(whole, 2034).repaymentsJpy), 5_450_000_000);
});

test('E7: C1 leaves its continuation obligation in FY2038 and repays 17,658,000,000 JPY', () => {
  const perf = (fy: number, ccsVolumeT: number, alternativeReductionT = 0, exitDeclared = false) =>
    ({ kind: 'obligationPerformance' as const, fy, operatorId: 'C1', ccsVolumeT, alternativeReductionT, exitDeclared });
  const r = simulateJp(
    baseScenario({
      fyLast: 2039,
      carbonPriceJpyPerT: { ...flat(2036, 2039, 14000), '2029': 4000, '2030': 5000, '2031': 6000, '2032': 8000, '2033': 10000, '2034': 12000, '2035': 14000 },
      events: [perf(2035, 1_000_000), perf(2036, 600_000, 200_000), perf(2037, 500_000), perf(2038, 0, 0, true)],
    }),
  );
  assert.equal(roundMoney(r.projects[0]!.capture[0]!.basisJpy), 65_400_000_000);
  const y = rowAt(r, 2038);
  assert.equal(y.phase, 'obligation');
  assert.equal(roundMoney(y.repayContinuationJpy), 17_658_000_000);
  assert.equal(rowAt(r, 2039).repayContinuationJpy, 0);
  assert.equal(tsAt(r, 2039).repaymentsJpy, 0);
  assert.equal(r.projects[0]!.years.find((x) => x.fy === 2038)!.flags.obligationBreached, true);
});

test('S2: the advance test passes in nominal terms and in PV iff the government rate ≤ the operator rate', () => {
  const k = levelisedCapexJpyPerT(10 * bn, [1_000_000], 0.1);
  assert.equal(roundMoney(k), 11000);
  const base = { advanceJpy: 10 * bn, capexComponentJpyPerT: k, capexComponentWithAdvanceJpyPerT: 0, plannedVolumesT: [1_000_000] };
  const nominal = advanceTest({ ...base, test: 'nominal', govRate: 0.05 });
  assert.equal(nominal.passes, true);
  assert.equal(roundMoney(nominal.withoutAdvanceJpy - nominal.withAdvanceJpy), 1 * bn);
  const pv5 = advanceTest({ ...base, test: 'pv', govRate: 0.05 });
  assert.equal(roundMoney(pv5.withoutAdvanceJpy), 10_476_190_476);
  assert.equal(pv5.passes, true);
  const pv12 = advanceTest({ ...base, test: 'pv', govRate: 0.12 });
  assert.equal(roundMoney(pv12.withoutAdvanceJpy), 9_821_428_571);
  assert.equal(pv12.passes, false);
});
