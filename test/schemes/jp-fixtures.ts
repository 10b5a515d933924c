/**
 * Builders for the worked examples of the Japanese scheme (spec Part C). `baseScenario` is the common BASE
 * setup: project P1 with capture operator C1 (K = 18,000 JPY/t) and T&S operator S1 (F = 12,000 JPY/t),
 * support FY2030–FY2034, 1 Mt/yr, capture indexation off.
 */
import type { JpScenarioInput } from '../../src/schemes/jp-cfd/input.ts';

type BidInput = NonNullable<JpScenarioInput['bids']>[number];
type CaptureInput = BidInput['capture'][number];

export const BASE_PRICES: Record<string, number> = {
  '2029': 4000, '2030': 5000, '2031': 6000, '2032': 8000, '2033': 10000, '2034': 12000, '2035': 14000,
};

export function series(from: number, values: readonly number[]): Record<string, number> {
  return Object.fromEntries(values.map((v, i) => [String(from + i), v]));
}

export function flat(from: number, to: number, value: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let fy = from; fy <= to; fy++) out[String(fy)] = value;
  return out;
}

export function captureC1(overrides: Partial<CaptureInput> = {}): CaptureInput {
  return {
    id: 'C1',
    sector: 'steel',
    capexComponentJpyPerT: 8000,
    opexFixedComponentJpyPerT: 4000,
    opexIndexedComponentJpyPerT: 6000,
    plannedVolumeT: flat(2030, 2034, 1_000_000),
    ...overrides,
  };
}

export function bidP1(overrides: Partial<BidInput> = {}): BidInput {
  const y0 = overrides.supportStartFy ?? 2030;
  const T = overrides.supportYears ?? 5;
  return {
    projectId: 'P1',
    roundFy: 2026,
    supportStartFy: y0,
    supportYears: T,
    tsPlan: Array.from({ length: T }, (_, i) => ({ t: i + 1, plannedVolumeT: 1_000_000, feeJpyPerT: 12000 })),
    tsFeeBidJpyPerT: 12000,
    pipelineLengthKm: 100,
    ceiling: { c0JpyPerT: 20000, cLenJpyPerTPerKm: 0, subsurfaceJpyPerT: 0, epcJpyPerT: 0 },
    ts: { id: 'S1', feeCapexComponentJpyPerT: 7000, feeEnergyComponentJpyPerT: 2000 },
    capture: [captureC1({ plannedVolumeT: flat(y0, y0 + T - 1, 1_000_000) })],
    ...overrides,
  };
}

export function baseScenario(overrides: Partial<JpScenarioInput> = {}): JpScenarioInput {
  return {
    fyFirst: 2029,
    fyLast: 2035,
    valuationFy: 2030,
    carbonPriceJpyPerT: BASE_PRICES,
    govDiscountRate: 0.04,
    rounds: [{ fy: 2026, capacityTpa: 10_000_000 }],
    bids: [bidP1()],
    config: { captureIndexation: { enabled: false } },
    ...overrides,
  };
}

/** Row of the only capture operator of the first project in fiscal year `fy`. */
export const bn = 1e9;
