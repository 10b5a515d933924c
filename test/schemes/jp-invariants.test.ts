/**
 * The 16 invariants of the Japanese scheme (spec §B8) as property tests over random scenarios. Together the
 * properties in this file run well over 10,000 random scenarios.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { simulateJp } from '../../src/schemes/jp-cfd/engine.ts';
import { ceilingJpyPerT, weightedAverageFeeJpyPerT } from '../../src/schemes/jp-cfd/auction.ts';
import { jpScenarioSchema } from '../../src/schemes/jp-cfd/input.ts';
import type { JpResult } from '../../src/schemes/jp-cfd/results.ts';
import { nearlyEqual } from '../../src/schemes/num.ts';
import { buildScenario, scenarioSpecArb, type ScenarioSpec } from './jp-arbitrary.ts';

const RUNS = Number(process.env.JP_PROPERTY_RUNS ?? 6000);
const near = (a: number, b: number, what: string) => assert.ok(nearlyEqual(a, b), `${what}: ${a} ≠ ${b}`);
const le = (a: number, b: number, what: string) => assert.ok(a <= b + 1 + 1e-6 * Math.abs(b), `${what}: ${a} > ${b}`);

function checkAll(spec: ScenarioSpec, r: JpResult): void {
  const sc = jpScenarioSchema.parse(buildScenario(spec));
  const cfg = sc.config;
  // 4. Auction.
  for (const round of r.rounds) {
    let used = 0;
    for (const b of round.bids.filter((x) => x.accepted)) {
      le(b.tsFeeBidJpyPerT, b.ceilingJpyPerT, 'accepted bid above ceiling');
      const bid = sc.bids.find((x) => x.projectId === b.projectId)!;
      assert.ok(Object.values(bid.evaluation).every(Boolean));
      used += b.plateauT;
    }
    le(used, round.capacityTpa, 'accepted capacity');
  }
  // 16. Only awarded projects appear.
  assert.deepEqual(r.projects.map((p) => p.id), r.rounds.flatMap((x) => x.acceptedIds));
  const refByFy = new Map<number, number>();
  for (const p of r.projects) {
    const bid = sc.bids.find((b) => b.projectId === p.id)!;
    const y0 = bid.supportStartFy;
    const lastRegular = y0 + bid.supportYears - 1;
    // 3. Phased bid: plan revenue equals bid × plan volume.
    near(bid.tsPlan.reduce((s, x) => s + x.feeJpyPerT * x.plannedVolumeT, 0), bid.tsFeeBidJpyPerT * bid.tsPlan.reduce((s, x) => s + x.plannedVolumeT, 0), 'phased bid');
    let repaidTotal = 0;
    const terminatedFy = p.years.find((y) => y.flags.terminated)?.fy;
    for (const [i, py] of p.years.entries()) {
      // 11. Cap.
      if (py.flags.revisionAccepted || py.reviewDeltaJpyPerT > 0) le(py.projJpy, py.capJpy, 'Proj after accepted change');
      if (cfg.cap.enforcement === 'hard') le(py.cumGrossJpy, py.capJpy, 'hard cap');
      const active = p.capture.map((c) => c.years[i]!).filter((row) => row.phase === 'support' || row.phase === 'extension');
      // 2. Common fee.
      for (const row of active) near(row.tsFeeJpyPerT, active[0]!.tsFeeJpyPerT, 'common fee');
      for (const row of active) {
        const op = bid.capture.find((c) => c.id === p.capture[p.capture.findIndex((c) => c.years[i] === row)]!.id)!;
        // 1. Prices.
        assert.ok(row.captureCostJpyPerT >= 0 && row.tsFeeJpyPerT >= 0);
        if (op.capexComponentJpyPerT + op.opexIndexedComponentJpyPerT > 0) assert.ok(row.basePriceJpyPerT > 0);
        const seen = refByFy.get(py.fy);
        if (seen !== undefined) assert.equal(row.referenceJpyPerT, seen);
        refByFy.set(py.fy, row.referenceJpyPerT);
        // 7. Indexation bounds.
        assert.ok(Math.abs(row.captureIndexAdj) <= cfg.captureIndexation.band + 1e-12);
        assert.ok(Math.abs(row.tsIndexAdj) <= cfg.tsIndexation.band + 1e-12);
        // 5. Settlement identity in regular years; sign follows B − R.
        if (row.phase === 'support') {
          const formula = (row.basePriceJpyPerT - row.referenceJpyPerT) * row.supportedT;
          near(row.settlementFormulaJpy, cfg.clawback.mode === 'none' ? Math.max(0, formula) : formula, 'settlement identity');
          if (cfg.clawback.mode === 'always' && row.supportedT > 0 && Math.abs(row.basePriceJpyPerT - row.referenceJpyPerT) > 1e-9) {
            assert.equal(row.settlementFormulaJpy < 0, row.referenceJpyPerT > row.basePriceJpyPerT);
          }
          assert.ok(py.fy >= y0 && py.fy <= lastRegular);
        }
        // 6. Routing identity.
        near(row.govToCaptureJpy + row.govToTsJpy, row.settlementJpy, 'routing identity');
        // 15. Power.
        le(row.supportedT, row.eligibleT, 'supported volume');
        if (op.power) {
          const cf = op.power.capacityFactor[String(py.fy)]!;
          if (cf <= cfg.power.ltdaCfThreshold) assert.equal(row.supportedT, 0);
          near(row.basePriceJpyPerT, op.power.variableComponentJpyPerT + row.tsFeeJpyPerT, 'power base price excludes fixed cost');
        }
      }
      // 16. Nothing after termination.
      if (terminatedFy !== undefined && py.fy >= terminatedFy) {
        for (const c of p.capture) assert.equal(c.years[i]!.settlementJpy, 0);
      }
      // 12. Repayment bounds (per party against its basis at assessment, project-wide against gross).
      for (const c of p.capture) {
        const row = c.years[i]!;
        const rep = row.repayLeakJpy + row.repayShortfallJpy + row.repayAdvanceJpy + row.repayContinuationJpy;
        assert.ok(rep >= 0);
        repaidTotal += rep;
        if (rep > 0) {
          const cum = c.years.slice(0, i + 1).reduce((s, y) => s + y.repayLeakJpy + y.repayShortfallJpy + y.repayAdvanceJpy + y.repayContinuationJpy, 0);
          le(cum, row.basisJpy, 'capture repayments within basis');
          // 14. Continuation repayment within κ_cont × basis.
          le(row.repayContinuationJpy, cfg.repayment.continuation.kappa * row.basisJpy, 'continuation bound');
        }
      }
      const ts = p.ts.years[i]!;
      repaidTotal += ts.repaymentsJpy;
      if (ts.repaymentsJpy > 0) le(p.ts.years.slice(0, i + 1).reduce((s, y) => s + y.repaymentsJpy, 0), ts.basisJpy, 'T&S repayments within basis');
      le(repaidTotal, py.cumGrossJpy, 'project repayments within gross');
      // 13. Damages only in years with a fault outage of this project.
      const faultOutage = sc.events.some((e) => e.kind === 'outage' && e.fy === py.fy && e.projectId === p.id && e.cause === 'fault');
      if (!faultOutage) for (const c of p.capture) assert.equal(c.years[i]!.damagesJpy, 0);
      // 13. A leak whose shares are held by no operator repays nothing.
      const leaks = sc.events.filter((e) => e.kind === 'leak' && e.fy === py.fy && e.projectId === p.id);
      const parties = new Set([bid.ts.id, ...bid.capture.map((c) => c.id)]);
      if (leaks.length > 0 && leaks.every((e) => e.kind === 'leak' && Object.entries(e.faultShares).every(([k, v]) => !parties.has(k) || v === 0))) {
        for (const c of p.capture) assert.equal(c.years[i]!.repayLeakJpy, 0);
      }
    }
    for (const c of p.capture) {
      const op = bid.capture.find((x) => x.id === c.id)!;
      // 9. Extensions.
      const extRows = c.years.filter((y) => y.phase === 'extension');
      const fmLost = sc.events
        .filter((e) => e.kind === 'outage' && e.projectId === p.id && e.cause !== 'fault' && (e.origin === bid.ts.id || e.origin === op.id))
        .reduce((s, e) => s + (e.kind === 'outage' ? e.fractionOfYear * (c.years.find((y) => y.fy === e.fy)?.plannedT ?? 0) : 0), 0);
      le(c.extEntitlementT, fmLost, 'extension entitlement ≤ excused lost volume');
      le(extRows.reduce((s, y) => s + y.eligibleT, 0), c.extEntitlementT, 'extension volume');
      if (cfg.extension.mode === 'capAtLostSupport' && extRows.length > 0) {
        const net = c.years.reduce((s, y) => s + y.prepayCaptureJpy + y.prepayTsJpy - y.returnCaptureJpy - y.returnTsJpy - y.trueUpCaptureJpy - y.trueUpTsJpy, 0) + extRows.reduce((s, y) => s + y.settlementJpy, 0);
        // The extension closes (returns, true-up) in its last year, if that year is inside the horizon.
        if (extRows[extRows.length - 1]!.fy < sc.fyLast) le(net, Math.max(0, c.extCapJpy), 'extension cost within lost support');
      }
      if (cfg.extension.mode === 'exAnteTest') le(c.extProjectedJpy, c.extCapJpy, 'ex-ante extension test');
      // 10. Prepayments.
      const pre = c.years.reduce((s, y) => s + y.prepayCaptureJpy + y.prepayTsJpy, 0);
      const ret = c.years.reduce((s, y) => s + y.returnCaptureJpy + y.returnTsJpy, 0);
      assert.ok(ret >= 0);
      le(ret, pre, 'returns within prepayments');
    }
  }
}

test(`JP invariants 1–6 and 9–16 hold over ${RUNS} random scenarios`, () => {
  fc.assert(
    fc.property(scenarioSpecArb, (spec) => {
      checkAll(spec, simulateJp(buildScenario(spec)));
    }),
    { numRuns: RUNS, seed: 20260611 },
  );
});

test('the random scenarios exercise extensions, clawbacks, repayments, terminations and hard caps', () => {
  const seen = { extension: 0, clawback: 0, repayment: 0, terminated: 0, capBinding: 0, trueUp: 0, returns: 0 };
  for (const spec of fc.sample(scenarioSpecArb, { numRuns: 1500, seed: 20260611 })) {
    for (const p of simulateJp(buildScenario(spec)).projects) {
      const rows = p.capture.flatMap((c) => c.years);
      if (rows.some((y) => y.phase === 'extension')) seen.extension++;
      if (rows.some((y) => y.settlementJpy < 0)) seen.clawback++;
      if (rows.some((y) => y.repayLeakJpy + y.repayShortfallJpy + y.repayContinuationJpy > 0)) seen.repayment++;
      if (rows.some((y) => y.trueUpCaptureJpy + y.trueUpTsJpy > 0)) seen.trueUp++;
      if (rows.some((y) => y.returnCaptureJpy + y.returnTsJpy > 0)) seen.returns++;
      if (p.years.some((y) => y.flags.terminated)) seen.terminated++;
      if (p.years.some((y) => y.flags.capBinding)) seen.capBinding++;
    }
  }
  for (const [k, n] of Object.entries(seen)) assert.ok(n >= 5, `${k} seen in only ${n} scenarios`);
});

test('invariant 6: the capture operator’s net position does not depend on direct routing χ', () => {
  fc.assert(
    fc.property(scenarioSpecArb, fc.constantFrom(0.25, 0.5, 1), (spec, chi) => {
      const a = simulateJp(buildScenario(spec, { chi: 0 }));
      const b = simulateJp(buildScenario(spec, { chi }));
      assert.equal(a.projects.length, b.projects.length);
      a.projects.forEach((p, i) =>
        p.capture.forEach((c, j) =>
          c.years.forEach((row, k) => {
            const other = b.projects[i]!.capture[j]!.years[k]!;
            near(row.govToCaptureJpy - row.feesPaidJpy, other.govToCaptureJpy - other.feesPaidJpy, 'capture net position');
          }),
        ),
      );
      near(a.totalOutlayJpy, b.totalOutlayJpy, 'government total');
    }),
    { numRuns: 1000, seed: 7 },
  );
});

test('invariant 3: with a constant reference price and planned volumes a phased plan pays the same total as the flat bid fee', () => {
  fc.assert(
    fc.property(scenarioSpecArb, fc.integer({ min: 0, max: 20000 }), (spec, price) => {
      const ops = spec.ops.map((o) => ({ ...o, override: undefined }));
      const flatPrice = { ...spec, ops, power: false, startPrice: price, priceSteps: spec.priceSteps.map(() => 0), events: [], secondBid: false, capacityShare: 2 };
      const cfg = { ...flatPrice.config, clawback: 'always' as const, tsIdx: false, captureIdx: false, enforcement: 'soft' as const };
      const phased = buildScenario({ ...flatPrice, config: cfg });
      const bid = phased.bids![0]!;
      const flatBid = { ...bid, tsPlan: bid.tsPlan.map((row) => ({ ...row, feeJpyPerT: bid.tsFeeBidJpyPerT })) };
      const a = simulateJp(phased);
      const b = simulateJp({ ...phased, bids: [flatBid] });
      if (a.projects.length === 0) return;
      near(a.totalOutlayJpy, b.totalOutlayJpy, 'phased vs flat total');
    }),
    { numRuns: 1500, seed: 3 },
  );
});

test('invariant 4: the ceiling is non-decreasing in pipeline length and weighted averages reproduce the bid', () => {
  fc.assert(
    fc.property(
      fc.record({ c0JpyPerT: fc.nat(20000), cLenJpyPerTPerKm: fc.nat(50), subsurfaceJpyPerT: fc.nat(5000), epcJpyPerT: fc.nat(5000) }),
      fc.nat(2000), fc.nat(2000),
      fc.array(fc.record({ plannedVolumeT: fc.integer({ min: 1, max: 5_000_000 }), feeJpyPerT: fc.nat(40000) }), { minLength: 1, maxLength: 15 }),
      (ceiling, l1, l2, rows) => {
        const [short, long] = l1 <= l2 ? [l1, l2] : [l2, l1];
        assert.ok(ceilingJpyPerT({ ceiling, pipelineLengthKm: short }) <= ceilingJpyPerT({ ceiling, pipelineLengthKm: long }));
        const plan = rows.map((r, i) => ({ t: i + 1, ...r }));
        const avg = weightedAverageFeeJpyPerT(plan);
        near(avg * plan.reduce((s, r) => s + r.plannedVolumeT, 0), plan.reduce((s, r) => s + r.feeJpyPerT * r.plannedVolumeT, 0), 'weighted average');
      },
    ),
    { numRuns: 1000, seed: 11 },
  );
});
