/**
 * Turns a generic project into a scenario of the full Japanese engine: one capture operator whose base
 * price is its levelised capture cost plus the T&S fee, with one T&S operator and a single-bid round.
 */
import { levelisedCcyPerT, type Timeline } from '../project.ts';
import { fxRate, type FxTable } from '../fx.ts';
import type { JpScenarioInput } from './input.ts';

export interface JpProjectTerms {
  readonly supportYears: number;
  readonly lagYears: number;
  readonly clawback: boolean;
  readonly ltdaCfThreshold: number;
}

/** Capture cost K and T&S fee F in JPY/t for a project (power plants keep only variable capture cost). */
export function jpPricesJpyPerT(tl: Timeline, fx: FxTable, supportYears: number): { kJpyPerT: number; fJpyPerT: number } {
  const toJpy = fxRate(fx, tl.project.currency, 'JPY');
  const p = tl.project;
  if (p.power) {
    const variable = p.captureOpexVariableCcyPerT * (1 - p.power.fixedShareOfCaptureOpex);
    return { kJpyPerT: variable * toJpy, fJpyPerT: p.tsFeeCcyPerT * toJpy };
  }
  return { kJpyPerT: levelisedCcyPerT(tl, supportYears) * toJpy, fJpyPerT: p.tsFeeCcyPerT * toJpy };
}

/**
 * Scenario for `simulateJp` equivalent to running the project through the Japanese module with the given
 * realised carbon prices (JPY/t, the year before the timeline first).
 */
export function jpScenarioFromProject(tl: Timeline, fx: FxTable, terms: JpProjectTerms, pricesJpyPerT: ArrayLike<number>): JpScenarioInput {
  const { kJpyPerT, fJpyPerT } = jpPricesJpyPerT(tl, fx, terms.supportYears);
  const y0 = tl.firstYear + tl.codIndex;
  const T = Math.min(terms.supportYears, tl.length - tl.codIndex);
  const planned: Record<string, number> = {};
  for (let t = 0; t < T; t++) planned[String(y0 + t)] = tl.volumeT[tl.codIndex + t]!;
  const prices: Record<string, number> = {};
  for (let i = 0; i <= tl.length; i++) prices[String(tl.firstYear - 1 + i)] = pricesJpyPerT[i]!;
  const power = tl.project.power;
  return {
    fyFirst: tl.firstYear,
    fyLast: tl.firstYear + tl.length - 1,
    valuationFy: tl.valuationYear,
    carbonPriceJpyPerT: prices,
    govDiscountRate: tl.project.governmentDiscountRate,
    rounds: [{ fy: tl.firstYear, capacityTpa: Number.MAX_SAFE_INTEGER }],
    bids: [
      {
        projectId: tl.project.name,
        roundFy: tl.firstYear,
        supportStartFy: y0,
        supportYears: T,
        obligationYears: 0,
        tsPlan: Array.from({ length: T }, (_, t) => ({ t: t + 1, plannedVolumeT: planned[String(y0 + t)]!, feeJpyPerT: fJpyPerT })),
        tsFeeBidJpyPerT: fJpyPerT,
        pipelineLengthKm: 0,
        ceiling: { c0JpyPerT: fJpyPerT, cLenJpyPerTPerKm: 0, subsurfaceJpyPerT: 0, epcJpyPerT: 0 },
        ts: { id: 'T&S' },
        capture: [
          {
            id: 'capture',
            sector: tl.project.sector === 'waste' ? 'other' : tl.project.sector,
            capexComponentJpyPerT: kJpyPerT,
            plannedVolumeT: planned,
            ...(power
              ? { power: { capacityFactor: Object.fromEntries(Object.keys(planned).map((k) => [k, power.capacityFactor])), fixedComponentJpyPerT: 0, variableComponentJpyPerT: kJpyPerT } }
              : {}),
          },
        ],
      },
    ],
    config: {
      referencePrice: { lagYears: terms.lagYears },
      captureIndexation: { enabled: false },
      tsIndexation: { enabled: false },
      clawback: { mode: terms.clawback ? 'always' : 'none' },
      power: { ltdaCfThreshold: terms.ltdaCfThreshold },
      cashflow: { avoidedCarbon: 'none' },
    },
  };
}
