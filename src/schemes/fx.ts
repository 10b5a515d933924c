/**
 * Currency conversion through a dated default table of yen rates, which a scenario may override.
 */
import { z } from 'zod';
import { param, type Param } from './param.ts';

export const currencySchema = z.enum(['JPY', 'USD', 'EUR', 'GBP', 'DKK', 'NOK']);
export type Currency = z.infer<typeof currencySchema>;

const FX_SOURCE = 'approximate market rates, early December 2025; replace with the rate of your analysis date';

/** Yen per unit of each currency, as of `DEFAULT_FX_AS_OF`. */
export const DEFAULT_JPY_PER: Readonly<Record<Currency, Param<number>>> = Object.freeze({
  JPY: param(1, 'v', 'identity'),
  USD: param(155, 'k', FX_SOURCE, 'JPY/USD'),
  EUR: param(180, 'k', FX_SOURCE, 'JPY/EUR'),
  GBP: param(206, 'k', FX_SOURCE, 'JPY/GBP'),
  DKK: param(180 / 7.46, 'd', 'EUR rate above divided by the 7.46 DKK/EUR peg (foreign-schemes.md B.4)', 'JPY/DKK'),
  NOK: param(15.3, 'k', FX_SOURCE, 'JPY/NOK'),
});
export const DEFAULT_FX_AS_OF = '2025-12-01';

export const fxOverrideSchema = z.object({
  asOf: z.string().optional(),
  jpyPer: z.partialRecord(currencySchema, z.number().positive()).default({}),
});
export type FxOverride = z.input<typeof fxOverrideSchema>;

export interface FxTable {
  readonly asOf: string;
  readonly jpyPer: Readonly<Record<Currency, number>>;
}

/** The default table with any user rates applied on top. */
export function fxTable(override: FxOverride = {}): FxTable {
  const o = fxOverrideSchema.parse(override);
  const jpyPer = {} as Record<Currency, number>;
  for (const c of currencySchema.options) jpyPer[c] = o.jpyPer[c] ?? DEFAULT_JPY_PER[c].value;
  return Object.freeze({ asOf: o.asOf ?? DEFAULT_FX_AS_OF, jpyPer: Object.freeze(jpyPer) });
}

/** Units of `to` per unit of `from`. */
export function fxRate(fx: FxTable, from: Currency, to: Currency): number {
  return fx.jpyPer[from] / fx.jpyPer[to];
}

/**
 * Converts an amount between currencies.
 *
 * @example convert(100, 'EUR', 'JPY', fxTable()) === 18,000
 */
export function convert(amount: number, from: Currency, to: Currency, fx: FxTable): number {
  return amount * fxRate(fx, from, to);
}
