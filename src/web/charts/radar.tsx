/** One axis of a radar chart: its label and a score from 0 to 100 (null when not scored). */
export interface RadarAxis {
  key: string;
  label: string;
  score: number | null;
}

const SIZE = 320;
const CENTER = SIZE / 2;
const RADIUS = 110;

/** The point at `fraction` of the radius on axis `i` of `n`, starting at the top, clockwise. */
export function radarPoint(i: number, n: number, fraction: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const x = CENTER + Math.cos(angle) * RADIUS * fraction;
  const y = CENTER + Math.sin(angle) * RADIUS * fraction;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

const polygon = (points: [number, number][]) => points.map(([x, y]) => `${x},${y}`).join(' ');

/**
 * A radar chart as server-rendered SVG: readable without JavaScript, with a title and a text
 * description for screen readers. Unscored axes sit at the centre and are marked "–".
 */
export function RadarChart(props: { axes: RadarAxis[]; title: string }) {
  const n = props.axes.length;
  const rings = [0.2, 0.4, 0.6, 0.8, 1];
  const area = props.axes.map((a, i) => radarPoint(i, n, (a.score ?? 0) / 100));
  const summary = props.axes.map((a) => `${a.label}: ${a.score ?? '–'}`).join(', ');
  return (
    <svg
      class="radar"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width={SIZE}
      height={SIZE}
      role="img"
      aria-labelledby="radar-title radar-desc"
    >
      <title id="radar-title">{props.title}</title>
      <desc id="radar-desc">{summary}</desc>
      {rings.map((r) => (
        <polygon class="radar-ring" points={polygon(props.axes.map((_, i) => radarPoint(i, n, r)))} />
      ))}
      {props.axes.map((_, i) => {
        const [x, y] = radarPoint(i, n, 1);
        return <line class="radar-axis" x1={CENTER} y1={CENTER} x2={x} y2={y} />;
      })}
      <polygon class="radar-area" points={polygon(area)} />
      {area.map(([x, y]) => (
        <circle class="radar-dot" cx={x} cy={y} r="3.5" />
      ))}
      {props.axes.map((a, i) => {
        const [x, y] = radarPoint(i, n, 1.22);
        const anchor = Math.abs(x - CENTER) < 8 ? 'middle' : x > CENTER ? 'start' : 'end';
        return (
          <text class="radar-label" x={x} y={y} text-anchor={anchor} dominant-baseline="middle" data-axis={a.key}>
            {a.label} <tspan class="radar-score">{a.score ?? '–'}</tspan>
          </text>
        );
      })}
    </svg>
  );
}
