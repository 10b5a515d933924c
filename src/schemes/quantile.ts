/**
 * Exact percentiles of large samples without a full sort. One pass spreads the values over equal-width
 * buckets between their minimum and maximum and counts them; the rank each percentile needs then falls in a
 * known bucket, and only the few buckets holding a needed rank are gathered and sorted. The bucket of a value
 * is a monotone function of it, so the order statistics are exactly those of a full sort.
 */

const BUCKETS = 4096;

// Scratch space reused between calls (never observable: every call overwrites what it reads).
let bucketOf = new Uint16Array(0);
let gathered = new Float64Array(0);
const counts = new Int32Array(BUCKETS);
const starts = new Int32Array(BUCKETS + 1);
const offsets = new Int32Array(BUCKETS);
/** Index into the list of needed buckets, or −1; reset after every call. */
const slot = new Int32Array(BUCKETS).fill(-1);

/** Linear-interpolated quantiles read off an ascending-sorted array. */
function fromSorted(sorted: Float64Array, qs: readonly number[]): number[] {
  const n = sorted.length;
  return qs.map((q) => {
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    const vLo = sorted[lo]!;
    const vHi = lo + 1 < n && pos > lo ? sorted[lo + 1]! : vLo;
    return vLo + (vHi - vLo) * (pos - lo);
  });
}

/**
 * Quantiles of `values` whose minimum and maximum are known (`min < max`, both finite). `values` is not
 * modified.
 */
export function quantilesInRange(values: Float64Array, qs: readonly number[], min: number, max: number): number[] {
  const n = values.length;
  const scale = BUCKETS / (max - min);
  if (!(scale > 0 && Number.isFinite(scale))) return fromSorted(Float64Array.from(values).sort(), qs);
  if (bucketOf.length < n) bucketOf = new Uint16Array(n);
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    let b = ((values[i]! - min) * scale) | 0;
    if (b >= BUCKETS) b = BUCKETS - 1;
    bucketOf[i] = b;
    counts[b]!++;
  }
  starts[0] = 0;
  for (let b = 0; b < BUCKETS; b++) starts[b + 1] = starts[b]! + counts[b]!;

  // The ranks the quantiles read (each position's lower and upper neighbour) and the buckets holding them.
  const ranks: number[] = [];
  for (const q of qs) {
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    ranks.push(lo);
    if (lo + 1 < n && pos > lo) ranks.push(lo + 1);
  }
  const needed: number[] = [];
  let b = 0;
  for (const r of [...ranks].sort((x, y) => x - y)) {
    while (starts[b + 1]! <= r) b++;
    if (needed.at(-1) !== b) needed.push(b);
  }
  let size = 0;
  for (const nb of needed) {
    offsets[nb] = size;
    size += counts[nb]!;
  }
  if (gathered.length < size) gathered = new Float64Array(size);
  const fill = new Int32Array(needed.length);
  needed.forEach((nb, k) => (slot[nb] = k));
  for (let i = 0; i < n; i++) {
    const k = slot[bucketOf[i]!]!;
    if (k >= 0) gathered[offsets[needed[k]!]! + fill[k]!++] = values[i]!;
  }
  for (const nb of needed) {
    gathered.subarray(offsets[nb]!, offsets[nb]! + counts[nb]!).sort();
    slot[nb] = -1;
  }

  const rankValue = (r: number): number => {
    let lo = 0;
    let hi = needed.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[needed[mid]! + 1]! <= r) lo = mid + 1;
      else hi = mid;
    }
    const nb = needed[lo]!;
    return gathered[offsets[nb]! + (r - starts[nb]!)]!;
  };
  return qs.map((q) => {
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    const vLo = rankValue(lo);
    const vHi = lo + 1 < n && pos > lo ? rankValue(lo + 1) : vLo;
    return vLo + (vHi - vLo) * (pos - lo);
  });
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
