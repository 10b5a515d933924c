import { Legend, type Plot } from './chart-frame.tsx';
import { linearScale, px, tickLabel } from './scale.ts';

export interface NpvRow {
  id: string;
  label: string;
  /** Deterministic NPVs and, when Monte Carlo ran, their P5–P95 ranges (millions of the project currency). */
  gov: number;
  operator: number;
  govRange: readonly [number, number] | null;
  operatorRange: readonly [number, number] | null;
}

const GOV = '#0072b2';
const OPERATOR = '#e69f00';

/**
 * Government and operator NPV of each scheme as horizontal bars, with the Monte Carlo P5–P95 range as a
 * whisker. Scheme names sit above their bars so long names in any language fit.
 */
export function NpvComparisonChart(props: {
  rows: readonly NpvRow[];
  title: string;
  unit: string;
  lang: string;
  labels: { gov: string; operator: string; range: string };
}) {
  const rowHeight = 46;
  const height = 24 + props.rows.length * rowHeight + 20;
  const plot: Plot = { width: 720, height, left: 28, right: 692, top: 24, bottom: height - 20 };
  const values = props.rows.flatMap((r) => [r.gov, r.operator, ...(r.govRange ?? []), ...(r.operatorRange ?? [])]);
  const x = linearScale(values, [plot.left, plot.right], { ticks: 6 });
  const desc = props.rows.map((r) => `${r.label}: ${props.labels.gov} ${r.gov.toFixed(0)}, ${props.labels.operator} ${r.operator.toFixed(0)}`).join('; ');
  const bar = (value: number, range: readonly [number, number] | null, top: number, colour: string, kind: string) => (
    <g data-npv={kind}>
      <rect x={Math.min(x(0), x(value))} y={top} width={px(Math.max(Math.abs(x(value) - x(0)), 0.5))} height={12} fill={colour} />
      {range && (
        <g stroke="#1d2530" stroke-width="1.2">
          <line x1={x(range[0])} x2={x(range[1])} y1={top + 6} y2={top + 6} />
          <line x1={x(range[0])} x2={x(range[0])} y1={top + 2} y2={top + 10} />
          <line x1={x(range[1])} x2={x(range[1])} y1={top + 2} y2={top + 10} />
        </g>
      )}
    </g>
  );
  return (
    <figure class="sim-figure">
      <svg class="sim-chart" viewBox={`0 0 ${plot.width} ${height}`} width={plot.width} height={height} role="img" aria-labelledby="chart-npv-title chart-npv-desc" data-chart="chart-npv">
        <title id="chart-npv-title">{props.title}</title>
        <desc id="chart-npv-desc">{desc}</desc>
        <text x={plot.right} y={12} font-size="11" text-anchor="end" fill="#5b6573">
          {props.unit}
        </text>
        {x.ticks.map((v) => (
          <g>
            <line x1={x(v)} x2={x(v)} y1={plot.top} y2={plot.bottom} stroke={v === 0 ? '#5b6573' : '#e3e7ec'} />
            <text x={x(v)} y={plot.bottom + 14} font-size="11" text-anchor="middle" fill="#5b6573">
              {tickLabel(v, props.lang)}
            </text>
          </g>
        ))}
        {props.rows.map((r, i) => {
          const top = plot.top + i * rowHeight;
          return (
            <g data-scheme={r.id}>
              <text x={plot.left} y={top + 11} font-size="12" fill="#1d2530">
                {r.label}
              </text>
              {bar(r.gov, r.govRange, top + 15, GOV, 'gov')}
              {bar(r.operator, r.operatorRange, top + 29, OPERATOR, 'operator')}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <strong>{props.title}</strong>
        <Legend
          items={[
            { label: props.labels.gov, colour: GOV },
            { label: props.labels.operator, colour: OPERATOR },
            { label: props.labels.range, colour: '#1d2530', kind: 'line' },
          ]}
        />
      </figcaption>
    </figure>
  );
}
