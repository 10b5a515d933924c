/**
 * Percentiles of large samples without a full sort: quickselect (Hoare partition, median-of-three pivot)
 * finds each order statistic in linear expected time, working up from the lowest quantile.
 */

function select(a: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as pivot.
    let x = a[left]!, y = a[mid]!, z = a[right]!;
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * Linear-interpolated quantiles (same definition as interpolating a sorted array at `(n − 1) × q`) of
 * `values`, which is reordered in place. `qs` must be ascending.
 *
 * @example quantiles(Float64Array.of(3, 1, 2), [0.5]) → [2]
 */
export function quantiles(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return qs.map(() => NaN);
  const out: number[] = [];
  let left = 0;
  for (const q of qs) {
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    select(values, left, n - 1, lo);
    left = lo;
    const vLo = values[lo]!;
    let vHi = vLo;
    if (lo + 1 < n && pos > lo) {
      vHi = Infinity;
      for (let i = lo + 1; i < n; i++) if (values[i]! < vHi) vHi = values[i]!;
    }
    out.push(vLo + (vHi - vLo) * (pos - lo));
  }
  return out;
}
