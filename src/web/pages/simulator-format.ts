/**
 * How the simulator page writes its numbers. Tests use the same functions to find the API's numbers on the
 * page, so the page and the API cannot silently disagree.
 */

/** Money in millions of the project currency, one decimal, grouped as the page language writes numbers. */
export function formatMillions(amount: number, lang: string): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(amount / 1e6);
}

/** A price or amount per tonne, with at most two decimals. */
export function formatPerT(value: number | null, lang: string): string {
  return value === null ? '–' : new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** A whole number such as tonnes. */
export function formatWhole(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** A probability as a percentage with one decimal. */
export function formatShare(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
