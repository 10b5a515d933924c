/**
 * The advance capex payment test (spec §A4, B5.9): an advance is allowed only where it lowers the total
 * support, tested in nominal terms or in present value at the government's rate.
 */

/**
 * Levelised capex per tonne: `CAPEX_atCOD / Σ_t V_t (1 + r)^−t`, t = 1 … T.
 *
 * @example S2: 10,000,000,000 / (1,000,000 / 1.10) = 11,000 JPY/t
 */
export function levelisedCapexJpyPerT(capexAtCodJpy: number, plannedVolumesT: readonly number[], rate: number): number {
  let pvVolume = 0;
  plannedVolumesT.forEach((v, i) => (pvVolume += v * Math.pow(1 + rate, -(i + 1))));
  return pvVolume > 0 ? capexAtCodJpy / pvVolume : 0;
}

export interface AdvanceTestInput {
  readonly advanceJpy: number;
  /** k: capex component without the advance, JPY/t. */
  readonly capexComponentJpyPerT: number;
  /** k′: capex component with the advance, JPY/t. */
  readonly capexComponentWithAdvanceJpyPerT: number;
  /** Planned volumes of support years t = 1 … T. */
  readonly plannedVolumesT: readonly number[];
  readonly test: 'nominal' | 'pv';
  /** Government discount rate g (used by the `pv` test). */
  readonly govRate: number;
}

export interface AdvanceTestResult {
  readonly passes: boolean;
  readonly withAdvanceJpy: number;
  readonly withoutAdvanceJpy: number;
}

/**
 * Compares the capex support paid with the advance (A at t = 0 plus k′ on each tonne) against the capex
 * support without it (k on each tonne). With the levelisation helper the nominal test always passes for a
 * non-negative operator rate, and the PV test passes iff g ≤ r.
 *
 * @example S2: nominal 10.0 bn ≤ 11.0 bn passes; pv at 5 %: 10.0 bn ≤ 10,476,190,476 passes; at 12 %:
 * 10.0 bn > 9,821,428,571 fails
 */
export function advanceTest(input: AdvanceTestInput): AdvanceTestResult {
  let withAdvance = input.advanceJpy;
  let without = 0;
  input.plannedVolumesT.forEach((v, i) => {
    const df = input.test === 'pv' ? Math.pow(1 + input.govRate, -(i + 1)) : 1;
    withAdvance += input.capexComponentWithAdvanceJpyPerT * v * df;
    without += input.capexComponentJpyPerT * v * df;
  });
  return { passes: withAdvance <= without + 1e-6, withAdvanceJpy: withAdvance, withoutAdvanceJpy: without };
}
