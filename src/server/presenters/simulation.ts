/**
 * The one output shape of a simulation run, shared by `POST /api/simulate`, the simulator page's `.json`
 * twin, the page itself, its CSV twin and `ccus-atlas simulate`. Money is rounded to whole units of the
 * project's currency, prices per tonne to cents, probabilities to four decimals, so every face shows the
 * same numbers for the same scenario.
 */
import {
  MARKET_CURRENCY, roundMoney, SCHEMES, type Band, type CarbonMarketId, type Currency, type JpResult, type Scenario,
  type SchemeId, type SimulationResult,
} from '../../schemes/index.ts';

const perT = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);
const money = (x: number): number => roundMoney(x);
const share = (x: number): number => Math.round(x * 10_000) / 10_000;

export interface PresentedBand {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  mean: number;
}

const moneyBand = (b: Band): PresentedBand => ({
  p5: money(b.p5), p25: money(b.p25), p50: money(b.p50), p75: money(b.p75), p95: money(b.p95), mean: money(b.mean),
});
const priceBand = (b: Band): PresentedBand => ({
  p5: perT(b.p5)!, p25: perT(b.p25)!, p50: perT(b.p50)!, p75: perT(b.p75)!, p95: perT(b.p95)!, mean: perT(b.mean)!,
});

export interface PresentedSchemeYear {
  year: number;
  volumeT: number;
  /** Price of the scheme's market, in that market's currency per tonne; null for schemes without a market. */
  carbonPricePerT: number | null;
  strikePerT: number | null;
  supportCcy: number;
  clawbackCcy: number;
  govOutlayCcy: number;
  avoidedCarbonCcy: number;
  operatorCashCcy: number;
}

/** A scheme parameter as the run used it: value (the user's override, else the default) and provenance. */
export interface PresentedParam {
  key: string;
  value: number | boolean | string;
  unit: string | null;
  /** The default's certainty tag: `v` checked in the source, `k` assumption, `d` derived. */
  certainty: 'v' | 'k' | 'd';
  source: string;
  /** True when the scenario replaced the default (`schemeParams`); `default` then holds the default. */
  overridden: boolean;
  default: number | boolean | string;
}

export interface PresentedScheme {
  id: SchemeId;
  /** English name of the scheme (pages translate it). */
  label: string;
  country: string;
  market: CarbonMarketId | null;
  /** Currency of the market price and strike columns (the market's currency), null without a market. */
  marketCurrency: Currency | null;
  applicable: boolean;
  note: string;
  params: PresentedParam[];
  figures: {
    totalOutlayCcy: number;
    grossSupportCcy: number;
    clawbackCcy: number;
    npvGovCcy: number;
    npvOperatorCcy: number;
    supportPerTCcy: number;
    crossoverYear: number | null;
  };
  years: PresentedSchemeYear[];
  monteCarlo: {
    totalOutlayCcy: PresentedBand;
    npvGovCcy: PresentedBand;
    npvOperatorCcy: PresentedBand;
    probabilityAnyClawback: number;
    expectedClawbackCcy: number;
    annualOutlayCcy: (PresentedBand & { year: number })[];
  } | null;
}

export interface PresentedSimulation {
  scenario: Scenario;
  currency: Currency;
  fx: { asOf: string; jpyPer: Record<Currency, number> };
  project: { firstYear: number; firstOperatingYear: number; valuationYear: number; years: { year: number; volumeT: number; capexCcy: number; opexCcy: number; tsFeeCcy: number }[] };
  carbonPrice: {
    market: CarbonMarketId;
    currency: Currency;
    centre: { year: number; pricePerT: number }[];
    fan: (PresentedBand & { year: number })[] | null;
  }[];
  monteCarlo: { paths: number; seed: number } | null;
  schemes: PresentedScheme[];
  jp: JpResult | null;
}

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
