/**
 * The one output shape of a simulation run, shared by `POST /api/simulate`, the simulator page's `.json`
 * twin, the page itself, its CSV twin and `ccus-atlas simulate`. Money is rounded to whole units of the
 * project's currency, prices per tonne to cents, probabilities to four decimals, so every face shows the
 * same numbers for the same scenario.
 */
import { z } from 'zod';
import {
  carbonMarketSchema, currencySchema, MARKET_CURRENCY, roundMoney, scenarioSchema, schemeIdSchema, SCHEMES, type Band, type JpResult,
  type SchemeId, type SimulationResult,
} from '../../schemes/index.ts';

const perT = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);
const money = (x: number): number => roundMoney(x);
const share = (x: number): number => Math.round(x * 10_000) / 10_000;

const bandSchema = z.strictObject({ p5: z.number(), p25: z.number(), p50: z.number(), p75: z.number(), p95: z.number(), mean: z.number() });
const yearBandSchema = bandSchema.extend({ year: z.number().int() });
export type PresentedBand = z.infer<typeof bandSchema>;

const moneyBand = (b: Band): PresentedBand => ({
  p5: money(b.p5), p25: money(b.p25), p50: money(b.p50), p75: money(b.p75), p95: money(b.p95), mean: money(b.mean),
});
const priceBand = (b: Band): PresentedBand => ({
  p5: perT(b.p5)!, p25: perT(b.p25)!, p50: perT(b.p50)!, p75: perT(b.p75)!, p95: perT(b.p95)!, mean: perT(b.mean)!,
});

const schemeYearSchema = z.strictObject({
  year: z.number().int(),
  volumeT: z.number(),
  carbonPricePerT: z.number().nullable().describe("Price of the scheme's market in that market's currency per tonne; null without a market"),
  strikePerT: z.number().nullable().describe("The scheme's strike or base price that year, market currency per tonne; null outside its term"),
  supportCcy: z.number(),
  clawbackCcy: z.number(),
  govOutlayCcy: z.number(),
  avoidedCarbonCcy: z.number(),
  operatorCashCcy: z.number(),
});
export type PresentedSchemeYear = z.infer<typeof schemeYearSchema>;

const paramValueSchema = z.union([z.number(), z.boolean(), z.string()]);
const paramSchema = z
  .strictObject({
    key: z.string(),
    value: paramValueSchema.describe("The user's override, else the default"),
    unit: z.string().nullable(),
    certainty: z.enum(['v', 'k', 'd']).describe("The default's tag: v checked in the source, k assumption, d derived"),
    source: z.string(),
    overridden: z.boolean().describe('True when the scenario replaced the default (schemeParams)'),
    default: paramValueSchema,
  })
  .describe('A scheme parameter as the run used it, with its provenance');
export type PresentedParam = z.infer<typeof paramSchema>;

const schemeSchema = z.strictObject({
  id: schemeIdSchema,
  label: z.string().describe('English name of the scheme (pages translate it)'),
  country: z.string(),
  market: carbonMarketSchema.nullable(),
  marketCurrency: currencySchema.nullable().describe('Currency of the carbon price and strike columns'),
  applicable: z.boolean(),
  note: z.string(),
  params: z.array(paramSchema),
  figures: z.strictObject({
    totalOutlayCcy: z.number(),
    grossSupportCcy: z.number(),
    clawbackCcy: z.number(),
    npvGovCcy: z.number(),
    npvOperatorCcy: z.number(),
    supportPerTCcy: z.number(),
    crossoverYear: z.number().int().nullable(),
  }),
  years: z.array(schemeYearSchema),
  monteCarlo: z
    .strictObject({
      totalOutlayCcy: bandSchema,
      npvGovCcy: bandSchema,
      npvOperatorCcy: bandSchema,
      probabilityAnyClawback: z.number().min(0).max(1),
      expectedClawbackCcy: z.number(),
      annualOutlayCcy: z.array(yearBandSchema),
    })
    .nullable(),
});
export type PresentedScheme = z.infer<typeof schemeSchema>;

/**
 * The presented simulation as a schema: the contract of `POST /api/simulate` and `/simulator.json`. Money
 * is in the project's currency (`…Ccy`), prices per tonne in each market's currency.
 */
export const presentedSimulationSchema = z.strictObject({
  scenario: scenarioSchema.describe('The scenario as run, defaults filled in'),
  currency: currencySchema,
  fx: z.strictObject({ asOf: z.string(), jpyPer: z.record(currencySchema, z.number()) }),
  project: z.strictObject({
    firstYear: z.number().int(),
    firstOperatingYear: z.number().int(),
    valuationYear: z.number().int(),
    years: z.array(z.strictObject({ year: z.number().int(), volumeT: z.number(), capexCcy: z.number(), opexCcy: z.number(), tsFeeCcy: z.number() })),
  }),
  carbonPrice: z.array(
    z.strictObject({
      market: carbonMarketSchema,
      currency: currencySchema,
      centre: z.array(z.strictObject({ year: z.number().int(), pricePerT: z.number() })),
      fan: z.array(yearBandSchema).nullable(),
    }),
  ),
  monteCarlo: z.strictObject({ paths: z.number().int(), seed: z.number().int() }).nullable(),
  schemes: z.array(schemeSchema),
  jp: z.unknown().describe('Results of the full Japanese engine when the scenario has a jp section, else null'),
});

export type PresentedSimulation = Omit<z.infer<typeof presentedSimulationSchema>, 'jp'> & { jp: JpResult | null };

/** Shapes a simulation result for every face. */
export function presentSimulation(result: SimulationResult): PresentedSimulation {
  const tl = result.timeline;
  const mc = result.monteCarlo;
  const years = Array.from({ length: tl.length }, (_, i) => tl.firstYear + i);
  const usedMarkets = new Set(result.runs.map((r) => SCHEMES[r.schemeId as SchemeId].market).filter((m) => m !== null));
  const markets = (['gx-ets', 'eu-ets', 'uk-ets'] as const).filter((m) => usedMarkets.has(m));
  return {
    scenario: result.scenario,
    currency: tl.project.currency,
    fx: { asOf: result.fx.asOf, jpyPer: { ...result.fx.jpyPer } },
    project: {
      firstYear: tl.firstYear,
      firstOperatingYear: tl.project.firstOperatingYear,
      valuationYear: tl.valuationYear,
      years: years.map((year, i) => ({
        year, volumeT: tl.volumeT[i]!, capexCcy: money(tl.capexCcy[i]!), opexCcy: money(tl.opexCcy[i]!), tsFeeCcy: money(tl.tsFeeCcy[i]!),
      })),
    },
    carbonPrice: markets.map((m) => ({
      market: m,
      currency: MARKET_CURRENCY[m],
      centre: years.map((year, i) => ({ year, pricePerT: perT(result.centre[m][i + 1]!)! })),
      fan: mc?.carbonPrice[m]?.map((b) => ({ year: b.year, ...priceBand(b) })) ?? null,
    })),
    monteCarlo: mc ? { paths: mc.paths, seed: mc.seed } : null,
    schemes: result.runs.map((run, k) => {
      const id = run.schemeId as SchemeId;
      const module = SCHEMES[id];
      const dist = mc?.schemes[k];
      const f = run.figures;
      return {
        id,
        label: module.label,
        country: module.country,
        market: module.market,
        marketCurrency: module.market ? MARKET_CURRENCY[module.market] : null,
        applicable: run.applicable,
        note: run.note,
        params: Object.entries(module.params).map(([key, p]) => {
          const override = result.scenario.schemeParams[id]?.[key];
          return {
            key, value: (override ?? p.value) as PresentedParam['value'], unit: p.unit ?? null, certainty: p.certainty, source: p.source,
            overridden: override !== undefined, default: p.value as PresentedParam['value'],
          };
        }),
        figures: {
          totalOutlayCcy: money(f.totalOutlayCcy), grossSupportCcy: money(f.grossSupportCcy), clawbackCcy: money(f.clawbackCcy),
          npvGovCcy: money(f.npvGovCcy), npvOperatorCcy: money(f.npvOperatorCcy), supportPerTCcy: perT(f.supportPerTCcy)!,
          crossoverYear: f.crossoverYear,
        },
        years: run.years.map((y) => ({
          year: y.year, volumeT: y.volumeT, carbonPricePerT: perT(y.carbonPriceMarketPerT), strikePerT: perT(y.strikeMarketPerT),
          supportCcy: money(y.supportCcy), clawbackCcy: money(y.clawbackCcy), govOutlayCcy: money(y.govOutlayCcy),
          avoidedCarbonCcy: money(y.avoidedCarbonCcy), operatorCashCcy: money(y.operatorCashCcy),
        })),
        monteCarlo: dist
          ? {
              totalOutlayCcy: moneyBand(dist.totalOutlayCcy), npvGovCcy: moneyBand(dist.npvGovCcy), npvOperatorCcy: moneyBand(dist.npvOperatorCcy),
              probabilityAnyClawback: share(dist.probabilityAnyClawback), expectedClawbackCcy: money(dist.expectedClawbackCcy),
              annualOutlayCcy: dist.annualOutlayCcy.map((b) => ({ year: b.year, ...moneyBand(b) })),
            }
          : null,
      };
    }),
    jp: result.jp,
  };
}
