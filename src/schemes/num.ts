/**
 * Small numeric helpers shared by every scheme: rounding money for reports, clamping, discounting.
 * Amounts are computed in float64 and rounded only when reported.
 */

/**
 * Rounds a money amount to the nearest whole unit, halves away from zero (`Math.round` would send −2.5 to −2).
 *
 * @example roundMoney(2.5) === 3; roundMoney(-2.5) === -3
 */
export function roundMoney(amount: number): number {
  return amount < 0 ? -Math.round(-amount) : Math.round(amount);
}

/** Limits `x` to the closed interval [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Discount factor `(1 + rate)^−(year − valuationYear)`; flows dated in the valuation year are not discounted. */
export function discountFactor(rate: number, year: number, valuationYear: number): number {
  return Math.pow(1 + rate, -(year - valuationYear));
}

/**
 * Net present value of a yearly series whose first element is dated `firstYear`.
 *
 * @example npv([25e9, 24e9], 0.04, 2030, 2030) === 25e9 + 24e9 / 1.04
 */
export function npv(
  flows: ArrayLike<number>,
  rate: number,
  firstYear: number,
  valuationYear: number,
): number {
  let sum = 0;
  for (let i = 0; i < flows.length; i++) sum += (flows[i] ?? 0) * discountFactor(rate, firstYear + i, valuationYear);
  return sum;
}

/** True when `a` and `b` agree within 1e-6 relative or `absTol` absolute (the spec's invariant tolerance). */
export function nearlyEqual(a: number, b: number, absTol = 1): boolean {
  const diff = Math.abs(a - b);
  return diff <= absTol || diff <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}
