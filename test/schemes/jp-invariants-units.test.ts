/**
 * Invariants 7, 8 and 14 of the Japanese scheme checked directly on the functions that implement them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jpConfigSchema } from '../../src/schemes/jp-cfd/config.ts';
import { captureIndexAdjustment, initialTsIndexState, stepTsIndexation } from '../../src/schemes/jp-cfd/indexation.ts';
import { contingencyDeductionJpyPerT } from '../../src/schemes/jp-cfd/prices.ts';
import { captureOperatorSchema, jpScenarioSchema } from '../../src/schemes/jp-cfd/input.ts';
import { capturePerformance, tsPerformance } from '../../src/schemes/jp-cfd/obligation.ts';
import type { Ctx } from '../../src/schemes/jp-cfd/state.ts';
import { baseScenario, bidP1 } from './jp-fixtures.ts';

test('invariant 7: T&S indexation stays in its band and moves the fee only after m persistent years', () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: 30, max: 250, noNaN: true }), { minLength: 2, maxLength: 20 }),
      fc.double({ min: 0, max: 0.5, noNaN: true }), fc.integer({ min: 1, max: 4 }),
      fc.double({ min: 0, max: 0.5, noNaN: true }), fc.constantFrom('excess', 'full'),
      (levels, threshold, m, band, mode) => {
        const cfg = jpConfigSchema.parse({ tsIndexation: { threshold, persistenceYears: m, band, mode } }).tsIndexation;
        const index = Object.fromEntries(levels.map((v, i) => [String(2000 + i), v]));
        let state = initialTsIndexState;
        let run = 0;
        let sign = 0;
        for (let fy = 2001; fy < 2000 + levels.length + 1; fy++) {
          const step = stepTsIndexation(cfg, index, 2000, state, fy);
          const s = step.delta >= threshold ? 1 : step.delta <= -threshold ? -1 : 0;
          run = s === 0 ? 0 : s === sign ? run + 1 : 1;
          sign = s;
          assert.equal(step.state.n, run);
          assert.ok(Math.abs(step.adjustment) <= band + 1e-12);
          if (step.state.n < m) assert.equal(step.adjustment, 0);
          state = step.state;
        }
      },
    ),
    { numRuns: 1000, seed: 5 },
  );
});

test('invariant 7: capture indexation stays within ±β', () => {
  fc.assert(
    fc.property(fc.double({ min: 10, max: 400, noNaN: true }), fc.double({ min: 10, max: 400, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), (a, b, w, band) => {
      const cfg = jpConfigSchema.parse({ captureIndexation: { band } }).captureIndexation;
      const indices = { e: { '2029': 100, '2030': a }, f: { '2029': 100, '2030': b } };
      const adj = captureIndexAdjustment(cfg, { e: w, f: 1 - w }, 2029, indices, 2031);
      assert.ok(Math.abs(adj) <= band + 1e-12);
    }),
    { numRuns: 500, seed: 6 },
  );
});

test('invariant 8: 0 ≤ contingency deduction ≤ δ × contingency ≤ contingency', () => {
  fc.assert(
    fc.property(fc.nat(50000), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (cont, used, delta) => {
      const op = captureOperatorSchema.parse({ id: 'C', sector: 'steel', capexComponentJpyPerT: cont, contingencyComponentJpyPerT: cont, contingencyUsedShare: used, plannedVolumeT: {} });
      const d = contingencyDeductionJpyPerT(jpConfigSchema.parse({ contingency: { deductionShareOfUnused: delta } }).contingency, op);
      assert.ok(d >= 0 && d <= delta * cont + 1e-9 && delta * cont <= cont);
    }),
    { numRuns: 500, seed: 8 },
  );
});

test('invariant 14: the obligation may not outlast the original support period, and performance is within [0, 1]', () => {
  assert.equal(jpScenarioSchema.safeParse(baseScenario({ bids: [bidP1({ obligationYears: 6 })] })).success, false);
  assert.equal(jpScenarioSchema.safeParse(baseScenario({ bids: [bidP1({ obligationYears: 5 })] })).success, true);
  const ctx = { cfg: jpConfigSchema.parse({}) } as Ctx;
  fc.assert(
    fc.property(fc.nat(3_000_000), fc.nat(3_000_000), fc.nat(3_000_000), fc.boolean(), (ccs, alt, level, excused) => {
      const e = { kind: 'obligationPerformance' as const, fy: 2035, operatorId: 'C1', ccsVolumeT: ccs, alternativeReductionT: alt, storedVolumeT: ccs, offeredVolumeT: alt, excused, exitDeclared: false };
      for (const p of [capturePerformance(ctx, e, level), tsPerformance(e, level)]) assert.ok(p >= 0 && p <= 1);
      if (excused) assert.equal(capturePerformance(ctx, e, level), 1);
    }),
    { numRuns: 500, seed: 9 },
  );
});
