import { ChartFrame, Legend, plotOf, yearX } from './chart-frame.tsx';
import { linearScale, points, seriesColour } from './scale.ts';

export interface OutlaySeries {
  id: string;
  label: string;
  /** One value per year (millions of the project currency). */
  values: readonly number[];
}

/**
 * Annual net government outlay of each scheme (payments minus clawback) as one line per scheme over the
 * project's years; below zero the government receives money back.
 */
export function AnnualOutlayChart(props: { years: readonly number[]; series: readonly OutlaySeries[]; title: string; unit: string; lang: string }) {
  const plot = plotOf(720, 300);
  const y = linearScale(props.series.flatMap((s) => s.values), [plot.bottom, plot.top]);
  const n = props.years.length;
  const desc = props.series
    .map((s) => `${s.label}: ${props.years.map((year, i) => `${year} ${s.values[i]!.toFixed(0)}`).join(', ')}`)
    .join('; ');
  return (
    <figure class="sim-figure">
      <ChartFrame id="chart-annual" plot={plot} title={props.title} desc={desc} y={y} yUnit={props.unit} lang={props.lang} years={props.years}>
        {props.series.map((s, k) => (
          <polyline
            points={points(s.values.map((v, i) => [yearX(plot, i, n), y(v)] as const))}
            fill="none"
            stroke={seriesColour(k)}
            stroke-width="2"
            data-series={s.id}
          />
        ))}
      </ChartFrame>
      <figcaption>
        <strong>{props.title}</strong>
        <Legend items={props.series.map((s, k) => ({ label: s.label, colour: seriesColour(k), kind: 'line' as const }))} />
      </figcaption>
    </figure>
  );
}
