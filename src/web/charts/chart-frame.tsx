import type { Child } from 'hono/jsx';
import { type LinearScale, px, tickLabel } from './scale.ts';

/** Plot area of a chart in SVG user units. */
export interface Plot {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const plotOf = (width: number, height: number, left = 64, bottom = 28): Plot => ({ width, height, left, right: width - 12, top: 24, bottom: height - bottom });

/** X position of the middle of year slot `i` of `n`. */
export const yearX = (plot: Plot, i: number, n: number) => plot.left + ((i + 0.5) * (plot.right - plot.left)) / Math.max(n, 1);

/**
 * The frame shared by the simulator charts: an accessible `<svg>` with a title and a description, the y
 * gridlines with labels, the zero line, and year labels along the x axis (every few years when crowded).
 */
export function ChartFrame(props: {
  id: string;
  plot: Plot;
  title: string;
  desc: string;
  y: LinearScale;
  yUnit: string;
  lang: string;
  years?: readonly number[];
  children?: Child;
}) {
  const { plot, y, years = [] } = props;
  const every = Math.max(1, Math.ceil(years.length / 12));
  return (
    <svg
      class="sim-chart"
      viewBox={`0 0 ${plot.width} ${plot.height}`}
      width={plot.width}
      height={plot.height}
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      data-chart={props.id}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
      <text x={4} y={10} font-size="11" fill="#5b6573">
        {props.yUnit}
      </text>
      {y.ticks.map((v) => (
        <g>
          <line x1={plot.left} x2={plot.right} y1={y(v)} y2={y(v)} stroke={v === 0 ? '#5b6573' : '#e3e7ec'} stroke-width={v === 0 ? 1.2 : 1} />
          <text x={plot.left - 6} y={px(y(v) + 4)} font-size="11" text-anchor="end" fill="#5b6573">
            {tickLabel(v, props.lang)}
          </text>
        </g>
      ))}
      {years.map((year, i) =>
        i % every === 0 ? (
          <text x={px(yearX(plot, i, years.length))} y={plot.bottom + 18} font-size="11" text-anchor="middle" fill="#5b6573">
            {year}
          </text>
        ) : null,
      )}
      {props.children}
    </svg>
  );
}

/** A legend as an HTML list with colour swatches drawn in SVG (no inline styles under the CSP). */
export function Legend(props: { items: { label: string; colour: string; kind?: 'line' | 'dash' | 'area' }[] }) {
  return (
    <ul class="sim-legend">
      {props.items.map((item) => (
        <li>
          <svg width="18" height="10" aria-hidden="true">
            {item.kind === 'line' || item.kind === 'dash' ? (
              <line x1="0" x2="18" y1="5" y2="5" stroke={item.colour} stroke-width="2.5" stroke-dasharray={item.kind === 'dash' ? '4 3' : undefined} />
            ) : (
              <rect width="18" height="10" fill={item.colour} fill-opacity={item.kind === 'area' ? 0.35 : 1} />
            )}
          </svg>{' '}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
