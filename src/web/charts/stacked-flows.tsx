import { ChartFrame, Legend, plotOf, yearX } from './chart-frame.tsx';
import { linearScale, points, px } from './scale.ts';

export interface FlowPart {
  key: string;
  label: string;
  colour: string;
  /** Signed amount per year (millions of the project currency); inflows above zero, outflows below. */
  values: readonly number[];
}

/**
 * The operator's yearly cash flows under one scheme as stacked bars (support and avoided carbon cost above
 * zero; capex, opex, T&S fee and clawback below) with the net cash flow as a line.
 */
export function StackedFlowsChart(props: {
  years: readonly number[];
  parts: readonly FlowPart[];
  net: { label: string; values: readonly number[] };
  title: string;
  unit: string;
  lang: string;
}) {
  const plot = plotOf(720, 300);
  const n = props.years.length;
  const ups = props.years.map((_, i) => props.parts.reduce((sum, p) => sum + Math.max(p.values[i]!, 0), 0));
  const downs = props.years.map((_, i) => props.parts.reduce((sum, p) => sum + Math.min(p.values[i]!, 0), 0));
  const y = linearScale([...ups, ...downs, ...props.net.values], [plot.bottom, plot.top]);
  const slot = (plot.right - plot.left) / Math.max(n, 1);
  const barWidth = px(Math.max(slot * 0.7, 1));
  const rects = [];
  for (let i = 0; i < n; i++) {
    let up = 0;
    let down = 0;
    for (const part of props.parts) {
      const v = part.values[i]!;
      if (v === 0) continue;
      const from = v > 0 ? up : down;
      const to = from + v;
      if (v > 0) up = to;
      else down = to;
      const top = Math.min(y(from), y(to));
      rects.push(
        <rect x={px(yearX(plot, i, n) - barWidth / 2)} y={top} width={barWidth} height={px(Math.max(Math.abs(y(to) - y(from)), 0.5))} fill={part.colour} data-part={part.key} />,
      );
    }
  }
  const desc = props.parts.map((p) => `${p.label}: ${p.values.reduce((a, b) => a + b, 0).toFixed(0)}`).join('; ');
  return (
    <figure class="sim-figure">
      <ChartFrame id="chart-flows" plot={plot} title={props.title} desc={desc} y={y} yUnit={props.unit} lang={props.lang} years={props.years}>
        {rects}
        <polyline points={points(props.net.values.map((v, i) => [yearX(plot, i, n), y(v)] as const))} fill="none" stroke="#1d2530" stroke-width="2" />
      </ChartFrame>
      <figcaption>
        <strong>{props.title}</strong>
        <Legend items={[...props.parts.map((p) => ({ label: p.label, colour: p.colour })), { label: props.net.label, colour: '#1d2530', kind: 'line' as const }]} />
      </figcaption>
    </figure>
  );
}
