/**
 * Yearly flows of one project under one scheme for one carbon-price path, and the run figures built from
 * them: total and discounted government outlay, operator NPV, support per tonne, clawback, and the first
 * year the carbon price reaches the scheme's strike or base price.
 */
import { MARKET_CURRENCY, type CarbonMarketId } from './carbon-price.ts';
import { fxRate, type FxTable } from './fx.ts';
import type { Timeline } from './project.ts';
import type { PreparedScheme } from './scheme.ts';

export interface YearFlows {
  readonly year: number;
  readonly volumeT: number;
  /** Carbon price of the scheme's market (its currency per tonne); NaN when the scheme has no market. */
  readonly carbonPriceMarketPerT: number;
  /** The scheme's strike or base price that year, in its market's currency per tonne; NaN when it has none. */
  readonly strikeMarketPerT: number;
  readonly supportCcy: number;
  readonly clawbackCcy: number;
  readonly govOutlayCcy: number;
  readonly avoidedCarbonCcy: number;
  readonly operatorCashCcy: number;
}

export interface RunFigures {
  readonly totalOutlayCcy: number;
  readonly grossSupportCcy: number;
  readonly clawbackCcy: number;
  readonly npvGovCcy: number;
  readonly npvOperatorCcy: number;
  /** Net government outlay per tonne stored over the timeline. */
  readonly supportPerTCcy: number;
  /** First year the carbon price is at or above the strike; null if it never is within the term. */
  readonly crossoverYear: number | null;
}

export interface SchemeRun {
  readonly schemeId: string;
  readonly applicable: boolean;
  readonly note: string;
  readonly years: readonly YearFlows[];
  readonly figures: RunFigures;
}

/** Price-independent part of the operator's cash flow: −capex − opex − T&S fee, per timeline year. */
export function operatorCostsCcy(tl: Timeline): Float64Array {
  const out = new Float64Array(tl.length);
  for (let i = 0; i < tl.length; i++) out[i] = -(tl.capexCcy[i]! + tl.opexCcy[i]! + tl.tsFeeCcy[i]!);
  return out;
}

/** Project currency avoided per unit of market price per tonne captured (0 for schemes without a market). */
export function avoidedCarbonFactor(tl: Timeline, market: CarbonMarketId | null, fx: FxTable): number {
  if (market === null) return 0;
  return (1 - tl.project.biogenicShare) * fxRate(fx, MARKET_CURRENCY[market], tl.project.currency);
}

/** Discount factors of the timeline years at a rate, to the valuation year. */
export function discountFactors(tl: Timeline, rate: number): Float64Array {
  const out = new Float64Array(tl.length);
  for (let i = 0; i < tl.length; i++) out[i] = Math.pow(1 + rate, -(tl.firstYear + i - tl.valuationYear));
  return out;
}

/**
 * Runs one scheme over one path of its market's price (`prices`: the year before the timeline, then each
 * year; ignored by schemes without a market).
 */
export function runPath(tl: Timeline, scheme: PreparedScheme, prices: Float64Array, fx: FxTable): SchemeRun {
  const n = tl.length;
  const support = new Float64Array(n);
  const clawback = new Float64Array(n);
  scheme.settle(prices, 0, support, clawback, 0);
  const costs = operatorCostsCcy(tl);
  const factor = avoidedCarbonFactor(tl, scheme.market, fx);
  const dfGov = discountFactors(tl, tl.project.governmentDiscountRate);
  const dfOp = discountFactors(tl, tl.project.operatorDiscountRate);
  const years: YearFlows[] = [];
  let total = 0, gross = 0, claw = 0, npvGov = 0, npvOp = 0, tonnes = 0;
  let crossoverYear: number | null = null;
  for (let i = 0; i < n; i++) {
    const price = scheme.market === null ? NaN : prices[i + 1]!;
    const gov = support[i]! - clawback[i]!;
    const avoided = scheme.market === null ? 0 : price * tl.volumeT[i]! * factor;
    const op = gov + avoided + costs[i]!;
    years.push({
      year: tl.firstYear + i, volumeT: tl.volumeT[i]!, carbonPriceMarketPerT: price, strikeMarketPerT: scheme.strikeMarketPerT[i]!, supportCcy: support[i]!, clawbackCcy: clawback[i]!,
      govOutlayCcy: gov, avoidedCarbonCcy: avoided, operatorCashCcy: op,
    });
    total += gov;
    gross += support[i]!;
    claw += clawback[i]!;
    npvGov += gov * dfGov[i]!;
    npvOp += op * dfOp[i]!;
    tonnes += tl.volumeT[i]!;
    const strike = scheme.strikeMarketPerT[i]!;
    if (crossoverYear === null && !Number.isNaN(strike) && price >= strike) crossoverYear = tl.firstYear + i;
  }
  return {
    schemeId: scheme.id, applicable: scheme.applicable, note: scheme.note, years,
    figures: {
      totalOutlayCcy: total, grossSupportCcy: gross, clawbackCcy: claw, npvGovCcy: npvGov, npvOperatorCcy: npvOp,
      supportPerTCcy: tonnes > 0 ? total / tonnes : 0, crossoverYear,
    },
  };
}
