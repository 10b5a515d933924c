import type { CountrySnapshot } from '../../server/routes/countries/load.ts';
import { linear } from './chart-scale.ts';

interface Props {
  countries: CountrySnapshot[];
  label: string;
  xLabel: string;
  yLabel: string;
}

const W = 480;
const H = 320;
const M = { top: 14, right: 20, bottom: 40, left: 56 };
const Y_TICKS = [0, 1, 10, 100];

/**
 * Governance index (x, 0–100) against committed capacity (y, Mt/yr on a log(1 + Mt) scale so that
 * countries with nothing committed sit on the axis), one labelled point per country.
 */
export function GovernanceMatrix({ countries, label, xLabel, yLabel }: Props) {
  const x = linear(0, 100, M.left, W - M.right);
  const ly = (mt: number) => Math.log10(1 + mt);
  const top = Math.max(ly(100), ...countries.map((c) => ly(c.totals.committed.mt)));
  const y = linear(0, top, H - M.bottom, M.top);
  return (
    <svg class="gmatrix" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line class="axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
      <line class="axis" x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
      {[0, 25, 50, 75, 100].map((v) => (
        <text class="tick" x={x(v)} y={H - M.bottom + 14} text-anchor="middle">
          {v}
        </text>
      ))}
      {Y_TICKS.map((v) => (
        <text class="tick" x={M.left - 6} y={y(ly(v)) + 4} text-anchor="end">
          {v}
        </text>
      ))}
      <text class="axis-label" x={(M.left + W - M.right) / 2} y={H - 6} text-anchor="middle">
        {xLabel}
      </text>
      <text
        class="axis-label"
        x={12}
        y={(M.top + H - M.bottom) / 2}
        text-anchor="middle"
        transform={`rotate(-90 12 ${(M.top + H - M.bottom) / 2})`}
      >
        {yLabel}
      </text>
      {countries.map((c) => (
        <g data-country={c.code}>
          <circle class="gpoint" cx={x(c.governance.index)} cy={y(ly(c.totals.committed.mt))} r="5">
            <title>{`${c.code}: ${c.governance.index}, ${c.totals.committed.mt} Mt/yr`}</title>
          </circle>
          <text class="glabel" x={x(c.governance.index) + 7} y={y(ly(c.totals.committed.mt)) - 6}>
            {c.code}
          </text>
        </g>
      ))}
    </svg>
  );
}
