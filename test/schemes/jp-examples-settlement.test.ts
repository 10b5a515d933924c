/**
 * Worked examples E1, E2, E3, E8 and S1 of the Japanese scheme: every number of the spec's oracle table,
 * to the yen.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulateJp } from '../../src/schemes/jp-cfd/engine.ts';
import { roundMoney } from '../../src/schemes/num.ts';
import type { JpResult } from '../../src/schemes/jp-cfd/results.ts';
import { baseScenario, bidP1, bn, captureC1, flat, series } from './jp-fixtures.ts';

function rowsOf(result: JpResult, op = 'C1', project = 'P1') {
  const p = result.projects.find((x) => x.id === project)!;
  return p.capture.find((c) => c.id === op)!.years;
}
function settlementsByFy(result: JpResult, op = 'C1') {
  return Object.fromEntries(rowsOf(result, op).filter((r) => r.phase === 'support' || r.phase === 'extension').map((r) => [r.fy, roundMoney(r.settlementJpy)]));
}

test('E1: basic settlement pays (B − R) × V each year, with cap, cumulative outlay and NPV', () => {
  const r = simulateJp(baseScenario());
  assert.deepEqual(settlementsByFy(r), { 2030: 25 * bn, 2031: 24 * bn, 2032: 22 * bn, 2033: 20 * bn, 2034: 18 * bn });
  const p = r.projects[0]!;
  assert.equal(roundMoney(p.totalOutlayJpy), 109 * bn);
  assert.equal(roundMoney(p.capJpy), 109 * bn);
  const cum = r.govOutlayByFy.filter((g) => g.fy >= 2030 && g.fy <= 2034).map((g) => roundMoney(g.cumulativeJpy));
  assert.deepEqual(cum, [25 * bn, 49 * bn, 71 * bn, 91 * bn, 109 * bn]);
  for (const y of p.years.filter((y) => y.fy >= 2030 && y.fy <= 2034)) assert.equal(roundMoney(y.projJpy), 109 * bn);
  assert.equal(roundMoney(r.npvGovJpy), 101_583_562_375);
  for (const y of p.ts.years.filter((y) => y.fy >= 2030 && y.fy <= 2034)) assert.equal(roundMoney(y.feeRevenueJpy), 12 * bn);
  for (const row of rowsOf(r).filter((x) => x.phase === 'support')) assert.equal(roundMoney(row.marginLevelisedJpy), 0);
});

test('E2: a carbon price above the base price is clawed back, and the one-year lag gives C1 a 3,000 JPY/t margin', () => {
  const r = simulateJp(
    baseScenario({
      fyFirst: 2033,
      fyLast: 2035,
      valuationFy: 2033,
      carbonPriceJpyPerT: series(2032, [26000, 29000, 32000, 35000]),
      indices: { electricity: flat(2029, 2035, 100), fuel: flat(2029, 2035, 100) },
      bids: [
        bidP1({
          supportStartFy: 2033,
          supportYears: 3,
          capture: [captureC1({ plannedVolumeT: flat(2033, 2035, 1_000_000), indexWeights: { electricity: 0.5, fuel: 0.5 }, indexBaseFy: 2032 })],
        }),
      ],
      config: { captureIndexation: { enabled: true } },
    }),
  );
  assert.deepEqual(settlementsByFy(r), { 2033: 4 * bn, 2034: 1 * bn, 2035: -2 * bn });
  const p = r.projects[0]!;
  assert.equal(roundMoney(p.grossPositiveJpy), 5 * bn);
  assert.equal(roundMoney(p.totalOutlayJpy), 3 * bn);
  assert.equal(roundMoney(p.capJpy), 5 * bn);
  for (const row of rowsOf(r)) {
    assert.equal(row.captureCostJpyPerT, 18000);
    assert.equal(roundMoney(row.marginLevelisedJpy), 3 * bn);
  }
  for (const y of p.ts.years) assert.equal(roundMoney(y.feeRevenueJpy), 12 * bn);
});

function e3(directTsShare: number) {
  const c1 = captureC1({ contingencyComponentJpyPerT: 1000, contingencyUsedShare: 0.4, plannedVolumeT: { '2030': 1_000_000 } });
  const c2 = captureC1({
    id: 'C2', sector: 'cement', capexComponentJpyPerT: 12000, contingencyComponentJpyPerT: 2000, contingencyUsedShare: 1,
    plannedVolumeT: { '2030': 500_000 },
  });
  return simulateJp(
    baseScenario({
      fyFirst: 2030,
      fyLast: 2030,
      carbonPriceJpyPerT: flat(2029, 2031, 10000),
      bids: [bidP1({ supportYears: 1, tsPlan: [{ t: 1, plannedVolumeT: 1_500_000, feeJpyPerT: 12000 }], capture: [c1, c2] })],
      config: { captureIndexation: { enabled: false }, routing: { directTsShare } },
    }),
  );
}

test('E3: two capture operators share one T&S fee; the unused contingency is partly deducted', () => {
  const r = e3(0);
  const [c1] = rowsOf(r, 'C1');
  const [c2] = rowsOf(r, 'C2');
  assert.equal(c1!.captureCostJpyPerT, 17700);
  assert.equal(c1!.basePriceJpyPerT, 29700);
  assert.equal(c2!.captureCostJpyPerT, 22000);
  assert.equal(c2!.basePriceJpyPerT, 34000);
  assert.equal(c1!.tsFeeJpyPerT, c2!.tsFeeJpyPerT);
  assert.equal(roundMoney(c1!.settlementJpy), 19.7 * bn);
  assert.equal(roundMoney(c2!.settlementJpy), 12 * bn);
  assert.equal(roundMoney(r.totalOutlayJpy), 31.7 * bn);
  assert.equal(roundMoney(r.projects[0]!.ts.years[0]!.feeRevenueJpy), 18 * bn);
});

test('E3: routing the whole fee straight to S1 leaves the government total and each margin unchanged', () => {
  const direct = e3(1);
  const ts = direct.projects[0]!.ts.years[0]!;
  const [c1] = rowsOf(direct, 'C1');
  const [c2] = rowsOf(direct, 'C2');
  assert.equal(roundMoney(ts.govDirectJpy), 18 * bn);
  assert.equal(roundMoney(c1!.govToCaptureJpy), 7.7 * bn);
  assert.equal(roundMoney(c2!.govToCaptureJpy), 6 * bn);
  assert.equal(roundMoney(direct.totalOutlayJpy), 31.7 * bn);
  const viaCapture = e3(0);
  const [d1] = rowsOf(viaCapture, 'C1');
  assert.equal(roundMoney(c1!.govToCaptureJpy - c1!.feesPaidJpy), roundMoney(d1!.govToCaptureJpy - d1!.feesPaidJpy));
  assert.equal(roundMoney(d1!.govToCaptureJpy - d1!.feesPaidJpy), 7.7 * bn);
});

test('E8: capture opex indexation within a band and T&S energy indexation above a persistent threshold', () => {
  const r = simulateJp(
    baseScenario({
      fyLast: 2034,
      indices: {
        electricity: series(2029, [100, 110, 130, 150, 105]),
        fuel: series(2029, [100, 100, 110, 120, 95]),
        tsEnergy: series(2029, [100, 112, 125, 140, 104]),
      },
      bids: [
        bidP1({
          ts: { id: 'S1', feeCapexComponentJpyPerT: 7000, feeEnergyComponentJpyPerT: 2000, energyIndex: 'tsEnergy', indexBaseFy: 2029 },
          capture: [captureC1({ indexWeights: { electricity: 0.5, fuel: 0.5 }, indexBaseFy: 2029 })],
        }),
      ],
      config: { captureIndexation: { enabled: true } },
    }),
  );
  const rows = rowsOf(r).filter((x) => x.phase === 'support');
  assert.deepEqual(rows.map((x) => roundMoney(x.settlementJpy)), [26e9, 25.3e9, 25.5e9, 23.6e9, 20e9]);
  assert.deepEqual(rows.map((x) => roundMoney(x.tsFeeJpyPerT)), [12000, 12000, 12300, 12400, 12000]);
  assert.deepEqual(rows.map((x) => roundMoney(x.captureCostJpyPerT)), [18000, 18300, 19200, 19200, 18000]);
  assert.deepEqual(rows.map((x) => x.referenceJpyPerT), [4000, 5000, 6000, 8000, 10000]);
  assert.equal(rows[1]!.tsIndexAdj, 0);
  assert.equal(roundMoney(rows[3]!.captureIndexAdj * 100), 20);
  assert.equal(roundMoney(r.totalOutlayJpy), 120.4 * bn);
  const fees = r.projects[0]!.ts.years.filter((y) => y.fy >= 2030).map((y) => roundMoney(y.feeRevenueJpy));
  assert.deepEqual(fees, [12e9, 12e9, 12.3e9, 12.4e9, 12e9]);
});

function s1(capacityFactor: number) {
  const op = captureC1({
    id: 'CP', sector: 'power', plannedVolumeT: { '2030': 2_000_000 },
    power: { capacityFactor: { '2030': capacityFactor }, fixedComponentJpyPerT: 9000, variableComponentJpyPerT: 7000 },
  });
  return simulateJp(
    baseScenario({
      fyFirst: 2030,
      fyLast: 2030,
      carbonPriceJpyPerT: flat(2029, 2031, 10000),
      bids: [bidP1({ supportYears: 1, tsPlan: [{ t: 1, plannedVolumeT: 2_000_000, feeJpyPerT: 12000 }], capture: [op] })],
    }),
  );
}

test('S1: a power operator is supported only above the 40 % capacity factor, on variable costs', () => {
  const [row] = rowsOf(s1(0.8), 'CP');
  assert.equal(row!.supportedT, 1_000_000);
  assert.equal(row!.basePriceJpyPerT, 19000);
  assert.equal(roundMoney(row!.settlementJpy), 9 * bn);
  const [low] = rowsOf(s1(0.4), 'CP');
  assert.equal(low!.supportedT, 0);
  assert.equal(low!.settlementJpy, 0);
});
