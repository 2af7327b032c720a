/** One column: how many attempts scored `score` (rounded to a whole point). */
export type Bucket = { score: number; count: number };

type Props = {
  /** Read by screen readers in place of the drawing; say what the chart shows. */
  title: string;
  buckets: Bucket[];
};

const WIDTH = 480;
const HEIGHT = 180;
const BASE = 150;
const LEFT = 30;

/** A vertical SVG column chart of the score distribution, every score from 0 up labelled. */
export function ScoreChart({ title, buckets }: Props) {
  const top = Math.max(1, ...buckets.map((b) => b.count));
  const step = (WIDTH - LEFT - 10) / Math.max(1, buckets.length);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        <line className="axis" x1={LEFT} y1={BASE} x2={WIDTH - 10} y2={BASE} />
        {buckets.map((b, i) => {
          const h = (b.count / top) * (BASE - 24);
          const x = LEFT + i * step;
          return (
            <g key={b.score} data-score={b.score} data-count={b.count}>
              <rect className="bar" x={x + step * 0.15} y={BASE - h} width={step * 0.7} height={h} />
              <text x={x + step / 2} y={BASE - h - 4} textAnchor="middle">
                {b.count}
              </text>
              <text x={x + step / 2} y={BASE + 16} textAnchor="middle">
                {b.score}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="meta">{title}</figcaption>
    </figure>
  );
}
