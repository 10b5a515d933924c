/**
 * Configuration of the Japanese cost-difference scheme. Every rule the interim report leaves open is a key
 * here, with the specification's proposed default (spec §B2; the item number is given on each key). Keys
 * typed as a single literal name the one variant that is modelled.
 */
import { z } from 'zod';

const share = z.number().min(0).max(1);

export const jpConfigSchema = z.object({
  /** #3: years between the carbon-price observation and the support year; `auto` = 1 when capture indexation is on, else 0. */
  referencePrice: z.object({ lagYears: z.union([z.literal('auto'), z.number().int().min(0).max(5)]).default('auto') }).prefault({}),
  /** #4, #5: which volume is paid for, and whether it is capped at the plan. */
  volume: z
    .object({ basis: z.enum(['stored', 'delivered']).default('stored'), capAtPlan: z.boolean().default(true) })
    .prefault({}),
  /** #6: two-way settlement; `none` makes the scheme one-way (no repayment when R > B). */
  clawback: z.object({ mode: z.enum(['always', 'none']).default('always') }).prefault({}),
  /** #7: share χ of the T&S fee the government pays straight to the T&S operator. */
  routing: z.object({ directTsShare: share.default(0) }).prefault({}),
  /** #8, #9: the total support amount (支援総額). */
  cap: z
    .object({
      definition: z.enum(['projectedGrossAtAward', 'explicit']).default('projectedGrossAtAward'),
      forecast: z.literal('frozenAtAward').default('frozenAtAward'),
      headroom: z.number().min(0).default(1),
      enforcement: z.enum(['soft', 'hard']).default('soft'),
    })
    .prefault({}),
  /** #10: automatic capture-opex indexation within a band. */
  captureIndexation: z
    .object({
      enabled: z.boolean().default(true),
      lagYears: z.number().int().min(0).max(5).default(1),
      passThrough: share.default(1),
      band: z.number().min(0).max(1).default(0.2),
      basis: z.literal('cumulativeVsBaseYear').default('cumulativeVsBaseYear'),
    })
    .prefault({}),
  /** #11: share δ of the unused capex contingency taken out of the base price at start of operation. */
  contingency: z
    .object({
      deductionShareOfUnused: share.default(0.5),
      trueUp: z.literal('COD').default('COD'),
      retroactive: z.literal(false).default(false),
    })
    .prefault({}),
  /** #12: T&S energy indexation with a threshold θ that must persist m years. */
  tsIndexation: z
    .object({
      enabled: z.boolean().default(true),
      lagYears: z.number().int().min(0).max(5).default(1),
      threshold: z.number().min(0).max(1).default(0.1),
      persistenceYears: z.number().int().min(1).max(10).default(2),
      mode: z.enum(['excess', 'full']).default('excess'),
      passThrough: share.default(1),
      band: z.number().min(0).max(1).default(0.2),
      countFrom: z.literal('firstSupportYearObservation').default('firstSupportYearObservation'),
    })
    .prefault({}),
  /** #13: periodic T&S cost review; fee changes arrive as events and are clipped to the cap. */
  tsReview: z
    .object({ periodYears: z.number().int().min(1).max(30).default(5), clipToCap: z.boolean().default(true) })
    .prefault({}),
  /** #14, #21: auction mechanics. */
  auction: z
    .object({
      weightedAverageWeights: z.literal('plannedVolume').default('plannedVolume'),
      capacityMetric: z.literal('plateauAnnual').default('plateauAnnual'),
      marginal: z.enum(['skip', 'stop']).default('skip'),
      tieBreak: z.literal('feeThenSubmissionOrder').default('feeThenSubmissionOrder'),
    })
    .prefault({}),
  /** #15: the T&S plan may be revised only in the first support year, within the cap. */
  planRevision: z.object({ allowedAt: z.literal('firstSupportYear').default('firstSupportYear') }).prefault({}),
  /** #16, #17: extensions after force-majeure stoppages. */
  extension: z
    .object({
      feeYear: z.literal('lastPlanYear').default('lastPlanYear'),
      mode: z.enum(['capAtLostSupport', 'exAnteTest']).default('capAtLostSupport'),
    })
    .prefault({}),
  /** #18: capex prepayment during a stoppage, for operators flagged cash-flow constrained. */
  outagePrepay: z
    .object({
      enabled: z.boolean().default(true),
      amount: z.literal('capexComponentTimesLostVolume').default('capexComponentTimesLostVolume'),
      returnRule: z.literal('proRataUndelivered').default('proRataUndelivered'),
    })
    .prefault({}),
  /** #19: contractual damages between operators for fault outages. */
  damages: z.object({ enabled: z.boolean().default(true) }).prefault({}),
  /** #20: advance capex payment and its test. */
  advance: z
    .object({
      enabled: z.boolean().default(false),
      test: z.enum(['nominal', 'pv']).default('nominal'),
      earn: z.literal('proRataVolume').default('proRataVolume'),
    })
    .prefault({}),
  /** #23–#26: repayments. */
  repayment: z
    .object({
      attribution: z.enum(['proRata', 'wholeChain']).default('proRata'),
      leak: z.object({ kappa: z.number().min(0).max(1).default(1) }).prefault({}),
      shortfall: z
        .object({ minAchievement: share.default(0.8), kappa: z.number().min(0).max(1).default(1) })
        .prefault({}),
      continuation: z
        .object({
          kappa: z.number().min(0).max(1).default(0.5),
          requiredLevel: z.literal('meanAnnualEligibleDuringSupport').default('meanAnnualEligibleDuringSupport'),
          alternativeCredit: z.number().min(0).max(1).default(1),
          roadmapPenalty: share.default(0),
        })
        .prefault({}),
    })
    .prefault({}),
  /** #28: the obligation starts the year after the last support or extension year. */
  obligation: z.object({ start: z.literal('afterLastSupportYear').default('afterLastSupportYear') }).prefault({}),
  /** #30: power-sector operators inside the Long-term Decarbonisation Power Auction. */
  power: z
    .object({
      method: z.enum(['volumeSplit', 'perTonneDeduction']).default('volumeSplit'),
      ltdaCfThreshold: share.default(0.4),
      tsFeeClass: z.literal('variable').default('variable'),
    })
    .prefault({}),
  /** #32: whether the operator cash flow counts the carbon cost it avoids (P[y] × eligible volume). */
  cashflow: z.object({ avoidedCarbon: z.enum(['realisedSameYear', 'none']).default('realisedSameYear') }).prefault({}),
});

export type JpConfig = z.infer<typeof jpConfigSchema>;
export type JpConfigInput = z.input<typeof jpConfigSchema>;

/** Reference-price lag ℓref implied by the configuration (spec §A3, B2 #3). */
export function referenceLag(config: JpConfig): number {
  const lag = config.referencePrice.lagYears;
  if (lag !== 'auto') return lag;
  return config.captureIndexation.enabled ? config.captureIndexation.lagYears : 0;
}
