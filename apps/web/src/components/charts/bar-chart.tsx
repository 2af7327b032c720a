/** One bar: its label, value, and the words written at its end. */
export type Bar = { label: string; value: number; text: string };

type Props = {
  /** Read by screen readers in place of the drawing; say what the chart shows. */
  title: string;
  bars: Bar[];
  /** The value of a full-width bar. Default: the largest value, or 1. */
  max?: number;
};

const ROW = 28;
const LABEL = 90;
const WIDTH = 480;

/** A horizontal SVG bar chart, one labelled row per bar. */
export function BarChart({ title, bars, max }: Props) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 8;
  const room = WIDTH - LABEL - 70;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        <line className="axis" x1={LABEL} y1={0} x2={LABEL} y2={height} />
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const w = top > 0 ? (Math.max(0, b.value) / top) * room : 0;
          return (
            <g key={b.label}>
              <text x={LABEL - 6} y={y + 16} textAnchor="end">
                {b.label}
              </text>
              <rect className="bar" x={LABEL} y={y + 2} width={w} height={ROW - 10} rx={2} />
              <text x={LABEL + w + 6} y={y + 16}>
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="meta">{title}</figcaption>
    </figure>
  );
}
