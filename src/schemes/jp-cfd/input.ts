/**
 * Inputs of the Japanese cost-difference scheme (spec §B3): the scenario, auction rounds and bids, the
 * operators of each bid, and events. Series are keyed by fiscal year ("2030": value). Money is in yen,
 * prices in yen per tonne of CO2, volumes in tonnes.
 */
import { z } from 'zod';
import { jpConfigSchema } from './config.ts';

const fy = z.number().int().min(1990).max(2200);
const share = z.number().min(0).max(1);
const yen = z.number().finite();
const nonNeg = z.number().finite().nonnegative();
/** A yearly series keyed by fiscal year. */
export const seriesSchema = z.record(z.string().regex(/^\d{4}$/, 'must be a four-digit fiscal year'), z.number().finite());
const nonNegSeries = z.record(z.string().regex(/^\d{4}$/, 'must be a four-digit fiscal year'), nonNeg);

export const tsPlanRowSchema = z.object({
  /** Support-year index, 1..T. */
  t: z.number().int().min(1),
  /** Planned project volume in that year, t/yr (all capture operators together). */
  plannedVolumeT: nonNeg,
  /** T&S fee in that year, JPY/t. */
  feeJpyPerT: nonNeg,
});

export const tsOperatorSchema = z.object({
  id: z.string().min(1),
  /** Capex-equivalent part of the fee (prepayment base), JPY/t. */
  feeCapexComponentJpyPerT: nonNeg.default(0),
  /** Part of the fee subject to energy indexation, JPY/t. */
  feeEnergyComponentJpyPerT: nonNeg.default(0),
  /** Key into `indices` for the energy index; no key means no T&S indexation. */
  energyIndex: z.string().optional(),
  indexBaseFy: fy.optional(),
  cashFlowConstrained: z.boolean().default(false),
  discountRate: z.number().min(-0.5).max(1).default(0.04),
  /** Project stored volume by year when it differs from deliveries (allocated to capture operators pro rata). */
  storedOverrideT: nonNegSeries.optional(),
  capexSpendJpy: seriesSchema.optional(),
  opexActualJpy: seriesSchema.optional(),
  financialAssuranceJpy: seriesSchema.optional(),
  jogmecContributionJpy: seriesSchema.optional(),
});

export const captureOperatorSchema = z.object({
  id: z.string().min(1),
  sector: z.enum(['steel', 'chemicals', 'cement', 'paper', 'refining', 'power', 'other']),
  isAggregator: z.boolean().default(false),
  emitters: z.array(z.string()).default([]),
  /** Levelised capex incl. interest, IRR and contingency, JPY/t. */
  capexComponentJpyPerT: nonNeg,
  /** The part of capexComponent that is contingency, JPY/t. */
  contingencyComponentJpyPerT: nonNeg.default(0),
  /** Share of the contingency used, known at true-up. */
  contingencyUsedShare: share.default(1),
  opexFixedComponentJpyPerT: nonNeg.default(0),
  /** Indexed opex at base-year index levels, JPY/t. */
  opexIndexedComponentJpyPerT: nonNeg.default(0),
  /** Weights of the opex indices (keys into `indices`), summing to 1. */
  indexWeights: z.record(z.string(), share).default({}),
  indexBaseFy: fy.optional(),
  plannedVolumeT: nonNegSeries,
  deliveredOverrideT: nonNegSeries.optional(),
  cashFlowConstrained: z.boolean().default(false),
  discountRate: z.number().min(-0.5).max(1).default(0.04),
  capexSpendJpy: seriesSchema.optional(),
  opexActualJpy: seriesSchema.optional(),
  power: z
    .object({
      capacityFactor: z.record(z.string(), share),
      fixedComponentJpyPerT: nonNeg,
      variableComponentJpyPerT: nonNeg,
      /** Per-tonne amount covered by the power auction, used by the `perTonneDeduction` method. */
      coveredJpyPerT: nonNeg.default(0),
    })
    .optional(),
  advance: z.object({ amountJpy: nonNeg, fy, capexComponentWithAdvanceJpyPerT: nonNeg }).optional(),
  roadmapSubmitted: z.boolean().default(true),
});

const evaluation = z.object({
  EV1: z.boolean(), EV2: z.boolean(), EV3: z.boolean(), EV4: z.boolean(), EV5: z.boolean(),
  EV6: z.boolean(), EV7: z.boolean(), EV8: z.boolean(), EV9: z.boolean(),
});
const allPass = { EV1: true, EV2: true, EV3: true, EV4: true, EV5: true, EV6: true, EV7: true, EV8: true, EV9: true };

export const bidSchema = z.object({
  projectId: z.string().min(1),
  /** Fiscal year of the auction round the bid is entered in. */
  roundFy: fy,
  submissionOrder: z.number().int().min(0).default(0),
  /** y0, the first support year (start of storage operations). */
  supportStartFy: fy,
  supportYears: z.number().int().min(1).max(40),
  /** O; at most T. Defaults to T. */
  obligationYears: z.number().int().min(0).max(40).optional(),
  tsPlan: z.array(tsPlanRowSchema).min(1),
  tsFeeBidJpyPerT: nonNeg,
  pipelineLengthKm: nonNeg,
  ceiling: z.object({ c0JpyPerT: nonNeg, cLenJpyPerTPerKm: nonNeg, subsurfaceJpyPerT: nonNeg, epcJpyPerT: nonNeg }),
  evaluation: evaluation.default(allPass),
  ts: tsOperatorSchema,
  capture: z.array(captureOperatorSchema).min(1),
  /** Explicit total support amount (支援総額), JPY; otherwise computed at award. */
  supportCapJpy: nonNeg.optional(),
});

const cause = z.enum(['FM', 'quasiFM', 'fault']);
const faultShares = z
  .record(z.string(), share)
  .refine((r) => Object.values(r).reduce((a, b) => a + b, 0) <= 1 + 1e-9, 'fault shares must sum to at most 1');

export const eventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('outage'), fy, projectId: z.string(), origin: z.string(), fractionOfYear: share, cause, faultParty: z.string().optional() }),
  z.object({ kind: z.literal('leak'), fy, projectId: z.string(), leakedVolumeT: nonNeg, faultShares }),
  z.object({ kind: z.literal('tsReview'), fy, projectId: z.string(), feeDeltaJpyPerT: yen, reason: z.enum(['periodic', 'consultation']).default('periodic') }),
  z.object({ kind: z.literal('planRevision'), fy, projectId: z.string(), newPlan: z.array(tsPlanRowSchema).min(1) }),
  z.object({ kind: z.literal('terminate'), fy, projectId: z.string(), reason: z.string().default(''), faultShares: faultShares.default({}) }),
  z.object({
    kind: z.literal('obligationPerformance'), fy, operatorId: z.string(),
    ccsVolumeT: nonNeg.optional(), alternativeReductionT: nonNeg.optional(),
    storedVolumeT: nonNeg.optional(), offeredVolumeT: nonNeg.optional(),
    excused: z.boolean().default(false), exitDeclared: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('reappraisal'), fy, operatorId: z.string(), newCapturePerTJpy: nonNeg }),
]);

export const roundSchema = z.object({ fy, capacityTpa: nonNeg });

export const jpScenarioSchema = z
  .object({
    fyFirst: fy,
    fyLast: fy,
    valuationFy: fy,
    /** Realised benchmark carbon price, JPY/t. */
    carbonPriceJpyPerT: seriesSchema,
    /** Award-time forecast used for caps, projections and ex-ante tests; defaults to the realised series. */
    carbonPriceForecastJpyPerT: seriesSchema.optional(),
    indices: z.record(z.string(), seriesSchema).default({}),
    govDiscountRate: z.number().min(-0.5).max(1).default(0.04),
    rounds: z.array(roundSchema).default([]),
    bids: z.array(bidSchema).default([]),
    events: z.array(eventSchema).default([]),
    config: jpConfigSchema.prefault({}),
  })
  .superRefine((s, ctx) => {
    if (s.fyLast < s.fyFirst) ctx.addIssue({ code: 'custom', path: ['fyLast'], message: 'must be ≥ fyFirst' });
    s.bids.forEach((b, i) => {
      if ((b.obligationYears ?? b.supportYears) > b.supportYears) {
        ctx.addIssue({ code: 'custom', path: ['bids', i, 'obligationYears'], message: 'must be ≤ supportYears' });
      }
      const ts = new Set(b.tsPlan.map((r) => r.t));
      for (let t = 1; t <= b.supportYears; t++) {
        if (!ts.has(t)) ctx.addIssue({ code: 'custom', path: ['bids', i, 'tsPlan'], message: `missing row for t=${t}` });
      }
      if (!s.rounds.some((r) => r.fy === b.roundFy)) {
        ctx.addIssue({ code: 'custom', path: ['bids', i, 'roundFy'], message: `no round in FY${b.roundFy}` });
      }
    });
  });

export type JpScenario = z.infer<typeof jpScenarioSchema>;
export type JpScenarioInput = z.input<typeof jpScenarioSchema>;
export type Bid = z.infer<typeof bidSchema>;
export type TsPlanRow = z.infer<typeof tsPlanRowSchema>;
export type CaptureOperator = z.infer<typeof captureOperatorSchema>;
export type TsOperator = z.infer<typeof tsOperatorSchema>;
export type JpEvent = z.infer<typeof eventSchema>;
export type Round = z.infer<typeof roundSchema>;

/** Value of a series in a fiscal year, or `undefined`. */
export function at(series: Readonly<Record<string, number>> | undefined, fy: number): number | undefined {
  return series?.[String(fy)];
}
