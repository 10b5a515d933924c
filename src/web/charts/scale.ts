/**
 * Small helpers for the server-rendered SVG charts: a linear scale with "nice" ticks, a band scale for
 * years, a colour palette that stays distinguishable for nine series, and tick labels.
 */

export interface LinearScale {
  (value: number): number;
  readonly ticks: readonly number[];
  readonly domain: readonly [number, number];
}

/** Step of about `span / count` rounded to 1, 2 or 5 × 10^k. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(count, 1);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/**
 * Maps `[min, max]` (widened to nice tick bounds, and always including 0 when `zero` is set) onto
 * `[rangeFrom, rangeTo]` (pixels; `rangeFrom` may be larger, as for a y axis).
 *
 * @example linearScale([3, 97], [300, 0]).ticks → [0, 20, 40, 60, 80, 100]
 */
export function linearScale(values: readonly number[], range: readonly [number, number], opts: { zero?: boolean; ticks?: number } = {}): LinearScale {
  const finite = values.filter(Number.isFinite);
  let min = finite.length ? Math.min(...finite) : 0;
  let max = finite.length ? Math.max(...finite) : 1;
  if (opts.zero !== false) {
    min = Math.min(min, 0);
    max = Math.max(max, 0);
  }
  if (min === max) max = min + (min === 0 ? 1 : Math.abs(min));
  const step = niceStep(max - min, opts.ticks ?? 5);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.abs(v) < step / 1e9 ? 0 : Number(v.toPrecision(12)));
  const [r0, r1] = range;
  const scale = ((v: number) => Math.round((r0 + ((v - lo) / (hi - lo)) * (r1 - r0)) * 10) / 10) as LinearScale;
  return Object.assign(scale, { ticks, domain: [lo, hi] as const });
}

/** Colours of up to nine series (Okabe–Ito plus two), chosen to stay apart for colour-blind readers. */
export const SERIES_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#8c564b', '#7f7f7f'] as const;

export const seriesColour = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length]!;

/** A tick label: compact notation in the page language (12K in English, 1.2万 in Chinese and Japanese). */
export function tickLabel(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Rounds pixel coordinates to one decimal for a compact `points` attribute. */
export const px = (v: number) => Math.round(v * 10) / 10;

/** A polyline `points` attribute from pairs, skipping pairs with a missing value. */
export function points(pairs: readonly (readonly [number, number | null])[]): string {
  return pairs.filter(([, y]) => y !== null && Number.isFinite(y)).map(([x, y]) => `${px(x)},${px(y!)}`).join(' ');
}
