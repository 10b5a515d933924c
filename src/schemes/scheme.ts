/**
 * The contract every support scheme implements so one project can run through many of them. A scheme is
 * prepared once per project (prices, volumes and terms in typed arrays), then settles any number of
 * carbon-price paths without allocating.
 */
import type { CarbonMarketId } from './carbon-price.ts';
import type { Currency, FxTable } from './fx.ts';
import type { ParamTable } from './param.ts';
import type { Timeline } from './project.ts';

export interface PrepareContext {
  readonly fx: FxTable;
  /** Deterministic centre path of each market, laid out as the year before the timeline, then each year. */
  readonly centre: Readonly<Record<CarbonMarketId, Float64Array>>;
  readonly overrides: Readonly<Record<string, unknown>>;
}

export interface PreparedScheme {
  readonly id: string;
  /** Market whose price the scheme references and the project avoids paying (null: none). */
  readonly market: CarbonMarketId | null;
  /** False when the scheme cannot support this project; `note` says why. Settlement then pays nothing. */
  readonly applicable: boolean;
  readonly note: string;
  /** Strike or base price per tonne, in the market's currency, by timeline year (NaN: none that year). */
  readonly strikeMarketPerT: Float64Array;
  /**
   * Settles one path. `prices` holds the market price (market currency per tonne) for the year before the
   * timeline and then each timeline year, starting at `priceOffset`. Writes government→project payments
   * and project→government repayments (both ≥ 0, project currency) at `outOffset`.
   */
  settle(prices: Float64Array, priceOffset: number, supportCcy: Float64Array, clawbackCcy: Float64Array, outOffset: number): void;
}

export interface SchemeModule {
  readonly id: string;
  readonly label: string;
  readonly country: string;
  readonly currency: Currency;
  readonly market: CarbonMarketId | null;
  readonly params: ParamTable;
  prepare(tl: Timeline, ctx: PrepareContext): PreparedScheme;
}

/** A prepared scheme that pays nothing, for projects a scheme cannot support. */
export function notApplicable(id: string, market: CarbonMarketId | null, length: number, note: string): PreparedScheme {
  return {
    id, market, applicable: false, note, strikeMarketPerT: new Float64Array(length).fill(NaN),
    settle(_p, _o, supportCcy, clawbackCcy, outOffset) {
      supportCcy.fill(0, outOffset, outOffset + length);
      clawbackCcy.fill(0, outOffset, outOffset + length);
    },
  };
}

/**
 * Settles a contract for difference `(strike_i − price_i) × volume_i` over the years where `volume_i > 0`,
 * converting with `toCcy`; negative amounts are repayments unless `twoWay` is false. `lag` shifts the
 * reference to an earlier year.
 */
export function settleCfd(
  strike: Float64Array, volume: Float64Array, lag: number, twoWay: boolean, toCcy: number,
  prices: Float64Array, priceOffset: number, supportCcy: Float64Array, clawbackCcy: Float64Array, outOffset: number,
): void {
  const n = strike.length;
  for (let i = 0; i < n; i++) {
    const v = volume[i]!;
    let s = 0;
    if (v > 0) s = (strike[i]! - prices[priceOffset + 1 + i - lag]!) * v * toCcy;
    if (s >= 0) {
      supportCcy[outOffset + i] = s;
      clawbackCcy[outOffset + i] = 0;
    } else {
      supportCcy[outOffset + i] = 0;
      clawbackCcy[outOffset + i] = twoWay ? -s : 0;
    }
  }
}
