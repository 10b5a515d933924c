import type { CapacityYearPoint } from '../../analysis/capacity.ts';
import { linear, niceTicks } from './chart-scale.ts';

interface Props {
  points: CapacityYearPoint[];
  measure: 'capacity' | 'count';
  label: string;
  legend: { pipeline: string; committed: string };
}

const W = 640;
const H = 300;
const M = { top: 12, right: 16, bottom: 28, left: 52 };

/** Cumulative pipeline and committed lines by year, as a static SVG (steps: a project counts from its year). */
export function CapacityChart({ points, measure, label, legend }: Props) {
  if (points.length === 0) return null;
  const pick = (p: CapacityYearPoint, which: 'pipeline' | 'committed') =>
    measure === 'capacity'
      ? which === 'pipeline'
        ? p.pipelineMt
        : p.committedMt
      : which === 'pipeline'
        ? p.pipelineCount
        : p.committedCount;
  const first = points[0]!.year;
  const last = points.at(-1)!.year;
  const ticks = niceTicks(Math.max(...points.map((p) => pick(p, 'pipeline'))));
  const x = linear(first, last + 1, M.left, W - M.right);
  const y = linear(0, ticks.at(-1)!, H - M.bottom, M.top);
  const path = (which: 'pipeline' | 'committed') =>
    `M${x(first)},${y(0)}` +
    points.map((p) => `H${x(p.year)}V${y(pick(p, which))}`).join('') +
    `H${x(last + 1)}`;
  const yearStep = last - first > 40 ? 10 : 5;
  const years = points.filter((p) => p.year % yearStep === 0).map((p) => p.year);
  return (
    <figure class="cchart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {ticks.map((t) => (
          <g>
            <line class="grid" x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text class="tick" x={M.left - 6} y={y(t) + 4} text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {years.map((yr) => (
          <text class="tick" x={x(yr)} y={H - 8} text-anchor="middle">
            {yr}
          </text>
        ))}
        <path class="line-pipeline" d={path('pipeline')} data-last={pick(points.at(-1)!, 'pipeline')} />
        <path class="line-committed" d={path('committed')} data-last={pick(points.at(-1)!, 'committed')} />
      </svg>
      <figcaption>
        <span class="key-pipeline">{legend.pipeline}</span>{' '}
        <span class="key-committed">{legend.committed}</span>
      </figcaption>
    </figure>
  );
}
