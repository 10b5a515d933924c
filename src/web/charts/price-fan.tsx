import { ChartFrame, Legend, plotOf, yearX } from './chart-frame.tsx';
import { linearScale, points, seriesColour } from './scale.ts';

export interface FanRow {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface StrikeLine {
  label: string;
  /** Index of the scheme in the comparison, for its colour. */
  colour: number;
  /** Per year; null where the scheme has no strike (before or after its term). */
  values: readonly (number | null)[];
}

const FAN = '#0b6e4f';

function band(plot: ReturnType<typeof plotOf>, y: (v: number) => number, lo: readonly number[], hi: readonly number[]): string {
  const n = lo.length;
  const upper = hi.map((v, i) => [yearX(plot, i, n), y(v)] as const);
  const lower = lo.map((v, i) => [yearX(plot, i, n), y(v)] as const).reverse();
  return points([...upper, ...lower]);
}

/**
 * A carbon-price fan: the Monte Carlo P5–P95 and P25–P75 bands and median around the deterministic centre,
 * with the base price or strike of each scheme that references this market.
 */
export function PriceFanChart(props: {
  id: string;
  years: readonly number[];
  centre: readonly number[];
  fan: readonly FanRow[] | null;
  strikes: readonly StrikeLine[];
  title: string;
  unit: string;
  lang: string;
  labels: { centre: string; median: string; band90: string; band50: string };
}) {
  const plot = plotOf(720, 260);
  const n = props.years.length;
  const all = [...props.centre, ...(props.fan ?? []).flatMap((r) => [r.p5, r.p95]), ...props.strikes.flatMap((s) => s.values.filter((v): v is number => v !== null))];
  const y = linearScale(all, [plot.bottom, plot.top]);
  const line = (values: readonly (number | null)[]) => points(values.map((v, i) => [yearX(plot, i, n), v === null ? null : y(v)] as const));
  const desc = `${props.labels.centre}: ${props.years.map((year, i) => `${year} ${props.centre[i]!.toFixed(0)}`).join(', ')}`;
  return (
    <figure class="sim-figure">
      <ChartFrame id={props.id} plot={plot} title={props.title} desc={desc} y={y} yUnit={props.unit} lang={props.lang} years={props.years}>
        {props.fan && (
          <>
            <polygon points={band(plot, y, props.fan.map((r) => r.p5), props.fan.map((r) => r.p95))} fill={FAN} fill-opacity="0.15" data-band="p5-p95" />
            <polygon points={band(plot, y, props.fan.map((r) => r.p25), props.fan.map((r) => r.p75))} fill={FAN} fill-opacity="0.3" data-band="p25-p75" />
            <polyline points={line(props.fan.map((r) => r.p50))} fill="none" stroke={FAN} stroke-width="1.5" />
          </>
        )}
        <polyline points={line(props.centre)} fill="none" stroke="#1d2530" stroke-width="2" stroke-dasharray="5 4" data-line="centre" />
        {props.strikes.map((s) => (
          <polyline points={line(s.values)} fill="none" stroke={seriesColour(s.colour)} stroke-width="2.5" data-line="strike" />
        ))}
      </ChartFrame>
      <figcaption>
        <strong>{props.title}</strong>
        <Legend
          items={[
            ...(props.fan
              ? [
                  { label: props.labels.band90, colour: FAN, kind: 'area' as const },
                  { label: props.labels.band50, colour: FAN },
                  { label: props.labels.median, colour: FAN, kind: 'line' as const },
                ]
              : []),
            { label: props.labels.centre, colour: '#1d2530', kind: 'dash' as const },
            ...props.strikes.map((s) => ({ label: s.label, colour: seriesColour(s.colour), kind: 'line' as const })),
          ]}
        />
      </figcaption>
    </figure>
  );
}
