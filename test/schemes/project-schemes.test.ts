/**
 * One project through many schemes: the Japanese module agrees with the full engine, scenario errors name
 * the field, carbon paths follow the GX-ETS band, Monte Carlo runs are reproducible and paired.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  buildTimeline, convert, deterministicPath, fxTable, gxBandJpyPerT, jpScenarioFromProject, parseScenario, roundMoney,
  runPath, SCHEMES, simulateJp, simulateScenario, jpScenarioSchema, formatIssues,
} from '../../src/schemes/index.ts';
import { baseScenario, bidP1 } from './jp-fixtures.ts';

test('the Japanese module settles like the full engine for the same project and prices', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1e9, max: 3e11 }), fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 30000 }),
      fc.array(fc.integer({ min: 0, max: 60000 }), { minLength: 24, maxLength: 24 }), fc.boolean(),
      (capex, opexPerT, fee, prices, power) => {
        const tl = buildTimeline({
          captureCapexCcy: capex, captureOpexVariableCcyPerT: opexPerT, tsFeeCcyPerT: fee, ...(power ? { sector: 'power', power: { capacityKw: 5e5, capacityFactor: 0.7, fuel: 'lng' } } : {}),
        });
        const fx = fxTable();
        const prepared = SCHEMES.jp.prepare(tl, { fx, centre: { 'gx-ets': new Float64Array(prices), 'eu-ets': new Float64Array(24), 'uk-ets': new Float64Array(24) }, overrides: {} });
        const run = runPath(tl, prepared, new Float64Array(prices), fx);
        const engine = simulateJp(jpScenarioFromProject(tl, fx, { supportYears: 15, lagYears: 1, clawback: true, ltdaCfThreshold: 0.4 }, prices));
        const rows = engine.projects[0]!.capture[0]!.years;
        run.years.forEach((y, i) => assert.equal(roundMoney(y.govOutlayCcy), roundMoney(rows[i]!.settlementJpy)));
      },
    ),
    { numRuns: 200, seed: 2 },
  );
});

test('scenario errors name the field path, e.g. bids[2].tsPlan[0].fee', () => {
  const bad = baseScenario({ bids: [bidP1(), bidP1({ projectId: 'P2' }), bidP1({ projectId: 'P3', tsPlan: [{ t: 1, plannedVolumeT: 1, feeJpyPerT: -5 }] })] });
  const r = jpScenarioSchema.safeParse(bad);
  assert.equal(r.success, false);
  assert.ok(formatIssues(r.error!).includes('bids[2].tsPlan[0].feeJpyPerT: must be ≥ 0'));
  const s = parseScenario({ project: { plateauVolumeT: -1 }, schemes: ['jp', 'xx'] });
  assert.equal(s.ok, false);
  assert.deepEqual(!s.ok && s.errors, ['project.plateauVolumeT: must be > 0', 'schemes[1]: must be one of "jp" | "uk-icc" | "nl-sde" | "dk-ccs" | "de-ccfd" | "us-45q" | "no-longship" | "eu-if" | "jp-ldpa"']);
});

test('the GX-ETS band starts at 1,700–4,300 JPY/t in FY2026 and rises 3 % a year', () => {
  assert.deepEqual(gxBandJpyPerT(2026), { lower: 1700, upper: 4300 });
  assert.equal(roundMoney(gxBandJpyPerT(2027).upper), 4429);
  assert.equal(roundMoney(gxBandJpyPerT(2030).lower), roundMoney(1700 * 1.03 ** 4));
  assert.deepEqual([...deterministicPath({ kind: 'gxBand', level: 'mid' }, 2026, 2)].map(roundMoney), [3000, 3090]);
  assert.deepEqual([...deterministicPath({ kind: 'series', values: { '2030': 10, '2032': 30 } }, 2029, 5)], [10, 10, 10, 30, 30]);
});

test('FX conversion uses the dated table and user overrides', () => {
  assert.equal(convert(100, 'EUR', 'JPY', fxTable()), 18000);
  assert.equal(convert(100, 'EUR', 'JPY', fxTable({ jpyPer: { EUR: 165 } })), 16500);
  assert.equal(roundMoney(convert(7.46, 'DKK', 'EUR', fxTable())), 1);
});

test('Monte Carlo is reproducible by seed, paired across schemes, and its bands are ordered', () => {
  const a = simulateScenario({ schemes: ['jp', 'uk-icc', 'de-ccfd'], monteCarlo: { paths: 500, seed: 42 } });
  const b = simulateScenario({ schemes: ['jp', 'uk-icc', 'de-ccfd'], monteCarlo: { paths: 500, seed: 42 } });
  const c = simulateScenario({ schemes: ['jp', 'uk-icc', 'de-ccfd'], monteCarlo: { paths: 500, seed: 43 } });
  assert.deepEqual(a.monteCarlo, b.monteCarlo);
  assert.notDeepEqual(a.monteCarlo!.schemes[1]!.totalOutlayCcy, c.monteCarlo!.schemes[1]!.totalOutlayCcy);
  for (const s of a.monteCarlo!.schemes) {
    for (const band of [s.totalOutlayCcy, s.npvOperatorCcy, ...s.annualOutlayCcy]) {
      assert.ok(band.p5 <= band.p25 && band.p25 <= band.p50 && band.p50 <= band.p75 && band.p75 <= band.p95);
    }
    assert.ok(s.probabilityAnyClawback >= 0 && s.probabilityAnyClawback <= 1);
  }
  // Paired: the same seed gives the EU and UK schemes the same shocks, so adding a scheme leaves the others unchanged.
  const d = simulateScenario({ schemes: ['uk-icc'], monteCarlo: { paths: 500, seed: 42 } });
  assert.deepEqual(d.monteCarlo!.schemes[0], a.monteCarlo!.schemes[1]);
});

test('GX-ETS paths stay inside the price band when clamped', () => {
  const r = simulateScenario({ schemes: ['jp'], monteCarlo: { paths: 300, seed: 5 }, stochastic: { 'gx-ets': { volatility: 1 } } });
  for (const row of r.monteCarlo!.carbonPrice['gx-ets']!) {
    const b = gxBandJpyPerT(row.year);
    assert.ok(row.p5 >= b.lower - 1e-9 && row.p95 <= b.upper + 1e-9);
  }
});

test('a carbon price above the strike makes the two-way schemes claw back and records the crossover year', () => {
  const r = simulateScenario({
    schemes: ['jp', 'nl-sde'], monteCarlo: { paths: 0 },
    carbonPrice: { 'gx-ets': { kind: 'growth', baseYear: 2025, basePrice: 10000, growthRate: 0.15 }, 'eu-ets': { kind: 'growth', baseYear: 2025, basePrice: 70, growthRate: 0.15 } },
  });
  const [jp, nl] = r.runs;
  assert.ok(jp!.figures.crossoverYear !== null && jp!.figures.clawbackCcy > 0);
  const first = jp!.years.find((y) => y.year === jp!.figures.crossoverYear! + 1)!;
  assert.ok(first.clawbackCcy > 0 || first.volumeT === 0);
  assert.equal(nl!.figures.clawbackCcy, 0);
});

test('every scheme parameter carries a source and a certainty tag', () => {
  for (const m of Object.values(SCHEMES)) {
    for (const [key, p] of Object.entries(m.params)) {
      assert.ok(['v', 'k', 'd'].includes(p.certainty), `${m.id}.${key}`);
      assert.ok(p.source.length > 5, `${m.id}.${key} source`);
    }
  }
});

test('the Long-term Decarbonisation Power Auction applies to power projects only, capped at the ceiling', () => {
  const steel = simulateScenario({ schemes: ['jp-ldpa'], monteCarlo: { paths: 0 } });
  assert.equal(steel.runs[0]!.applicable, false);
  const power = simulateScenario({ schemes: ['jp-ldpa'], monteCarlo: { paths: 0 }, project: { sector: 'power', power: { capacityKw: 100_000, capacityFactor: 0.7, fuel: 'lng' } } });
  const years = power.runs[0]!.years.filter((y) => y.supportCcy > 0);
  assert.equal(years.length, 20);
  assert.equal(years[0]!.supportCcy, 137000 * 100_000);
});

test('bucketed quantiles equal interpolation on the sorted sample', async () => {
  const { quantiles } = await import('../../src/schemes/quantile.ts');
  const { quantileSorted } = await import('../../src/schemes/monte-carlo.ts');
  fc.assert(
    fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), (xs) => {
      const sorted = Float64Array.from(xs).sort();
      const qs = [0.05, 0.25, 0.5, 0.75, 0.95];
      assert.deepEqual(quantiles(Float64Array.from(xs), qs), qs.map((q) => quantileSorted(sorted, q)));
    }),
    { numRuns: 500, seed: 13 },
  );
});
