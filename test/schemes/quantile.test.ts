/**
 * Percentiles by bucketing are exactly those of a full sort, also for samples that defeat equal-width
 * buckets: heavy ties (clamped prices), far outliers, signed zeros and tiny spans.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { quantileSorted } from '../../src/schemes/monte-carlo.ts';
import { quantiles } from '../../src/schemes/quantile.ts';

const QS = [0.05, 0.25, 0.5, 0.75, 0.95];
const reference = (xs: readonly number[]) => {
  const sorted = Float64Array.from(xs).sort();
  return QS.map((q) => quantileSorted(sorted, q));
};

test('bucketed percentiles equal interpolation on the fully sorted sample', () => {
  const value = fc.oneof(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.constantFrom(0, -0, 1700, 4300, 1e300, -1e300, 5e-324),
    fc.integer({ min: -3, max: 3 }),
  );
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 3000 }).chain((n) => fc.array(value, { minLength: n, maxLength: n })), (xs) => {
      const values = Float64Array.from(xs);
      const got = quantiles(values, QS);
      const want = reference(xs);
      got.forEach((g, i) => assert.ok(Object.is(g, want[i]), `q${QS[i]}: ${g} vs ${want[i]}`));
      assert.deepEqual([...values], xs.map((x) => x), 'the sample is left unchanged');
    }),
    { numRuns: 300, seed: 21 },
  );
});

test('a sample clamped at a band edge, with one far outlier, still gives exact percentiles', () => {
  const xs: number[] = [];
  for (let i = 0; i < 10_000; i++) xs.push(i % 3 === 0 ? 1700 : 1700 + (i % 977) * 0.37);
  xs[4242] = 1e12;
  assert.deepEqual(quantiles(Float64Array.from(xs), QS), reference(xs));
});
