/**
 * Exact percentiles of large samples without a full sort. One pass spreads the values over equal-width
 * buckets between their minimum and maximum and counts them; the rank each percentile needs then falls in a
 * known bucket, and only the buckets holding a needed rank are gathered, each narrowed the same way in turn
 * until it is small enough to sort or holds a single value. The bucket of a value is a monotone function of
 * it, so the order statistics are exactly those of a full sort; ties (a one-way scheme that pays nothing on
 * most paths, a price clamped at its band) cost one pass instead of a sort.
 */

/** At or below this many values a bucket is simply sorted. */
const SMALL = 64;
const MAX_BUCKETS = 4096;
/** Bucket of each value in the current pass; a nested call runs only after its caller's gather, so it may reuse it. */
let idScratch = new Uint16Array(0);

/** Linear-interpolated quantile read off a function giving the value of each rank. */
function interpolate(n: number, q: number, at: (rank: number) => number): number {
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const vLo = at(lo);
  const vHi = lo + 1 < n && pos > lo ? at(lo + 1) : vLo;
  return vLo + (vHi - vLo) * (pos - lo);
}

/** Value of rank `r` within a run of `count` values equal to `v` of which `negativeZeros` are −0 (sorted first). */
const inRun = (v: number, r: number, negativeZeros: number) => (v === 0 ? (r < negativeZeros ? -0 : 0) : v);

/**
 * The values at `ranks` (ascending, distinct) in ascending order of `values`, whose range is [min, max].
 * Values equal to the minimum or the maximum (a point mass, as when a one-way scheme pays nothing on most
 * paths or a price sits at its band edge) are counted rather than bucketed.
 */
function valuesAtRanks(values: Float64Array, ranks: readonly number[], min: number, max: number): number[] {
  const n = values.length;
  const buckets = Math.min(MAX_BUCKETS, Math.max(16, n >> 2));
  const scale = buckets / (max - min);
  if (n <= SMALL || !(scale > 0 && Number.isFinite(scale))) {
    const sorted = Float64Array.from(values).sort();
    return ranks.map((r) => sorted[r]!);
  }
  const counts = new Int32Array(buckets);
  if (idScratch.length < n) idScratch = new Uint16Array(n);
  const ids = idScratch;
  let atMin = 0;
  let atMax = 0;
  let negativeZerosAtMin = 0;
  let negativeZerosAtMax = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === min) {
      atMin++;
      ids[i] = buckets;
      if (v === 0 && 1 / v < 0) negativeZerosAtMin++;
    } else if (v === max) {
      atMax++;
      ids[i] = buckets;
      if (v === 0 && 1 / v < 0) negativeZerosAtMax++;
    } else {
      const raw = ((v - min) * scale) | 0;
      const b = raw < buckets ? raw : buckets - 1;
      ids[i] = b;
      counts[b]!++;
    }
  }
  // Answer the ranks inside the two point masses; group the others by the bucket that holds them.
  const out = new Array<number>(ranks.length);
  const needed: { bucket: number; start: number; ranks: number[]; at: number[] }[] = [];
  let b = 0;
  let start = atMin;
  ranks.forEach((r, i) => {
    if (r < atMin) out[i] = inRun(min, r, negativeZerosAtMin);
    else if (r >= n - atMax) out[i] = inRun(max, r - (n - atMax), negativeZerosAtMax);
    else {
      while (start + counts[b]! <= r) start += counts[b++]!;
      const last = needed.at(-1);
      if (last?.bucket === b) {
        last.ranks.push(r - start);
        last.at.push(i);
      } else needed.push({ bucket: b, start, ranks: [r - start], at: [i] });
    }
  });
  if (needed.length === 0) return out;
  const slot = new Int32Array(buckets + 1).fill(-1);
  const parts = needed.map((nb, k) => {
    slot[nb.bucket] = k;
    return { values: new Float64Array(counts[nb.bucket]!), fill: 0, min: Infinity, max: -Infinity, negativeZeros: 0 };
  });
  for (let i = 0; i < n; i++) {
    const k = slot[ids[i]!]!;
    if (k < 0) continue;
    const v = values[i]!;
    const part = parts[k]!;
    part.values[part.fill++] = v;
    if (v < part.min) part.min = v;
    if (v > part.max) part.max = v;
    if (v === 0 && 1 / v < 0) part.negativeZeros++;
  }
  needed.forEach((nb, k) => {
    const part = parts[k]!;
    const found =
      part.min === part.max ? nb.ranks.map((r) => inRun(part.min, r, part.negativeZeros)) : valuesAtRanks(part.values, nb.ranks, part.min, part.max);
    nb.at.forEach((i, j) => (out[i] = found[j]!));
  });
  return out;
}

/**
 * Quantiles of `values` whose minimum and maximum are known (`min < max`). `values` is not modified.
 */
export function quantilesInRange(values: Float64Array, qs: readonly number[], min: number, max: number): number[] {
  const n = values.length;
  const wanted = new Set<number>();
  for (const q of qs) {
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    wanted.add(lo);
    if (lo + 1 < n && pos > lo) wanted.add(lo + 1);
  }
  const ranks = [...wanted].sort((a, b) => a - b);
  const found = valuesAtRanks(values, ranks, min, max);
  const byRank = new Map(ranks.map((r, i) => [r, found[i]!]));
  return qs.map((q) => interpolate(n, q, (r) => byRank.get(r)!));
}

/**
 * Linear-interpolated quantiles (same definition as interpolating a sorted array at `(n − 1) × q`) of
 * `values`, which is left unchanged. `qs` must be ascending.
 *
 * @example quantiles(Float64Array.of(3, 1, 2), [0.5]) → [2]
 */
export function quantiles(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return qs.map(() => NaN);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // A constant sample needs no selection (zeros of both signs still go through the sort, which orders them).
  if (min === max && min !== 0) return qs.map(() => min);
  return quantilesInRange(values, qs, min, max);
}
