/** What the response-time chart and the sparkline share: the figures their words give, and the line. */

/** Median and slowest of some response times (ms); undefined when there are none. */
export function spread(values: readonly number[]): { median: number; slowest: number } | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, slowest: sorted[sorted.length - 1]! };
}

interface Props {
  points: ReadonlyArray<{ at: number; ms: number }>;
  x: (at: number) => number;
  y: (ms: number) => number;
  /** Radius of the dot drawn when there is a single point (a line needs two). */
  dot: number;
}

export function ResponseLine({ points, x, y, dot }: Props) {
  if (points.length === 1) return <circle class="dot" cx={x(points[0]!.at)} cy={y(points[0]!.ms)} r={dot} />;
  if (points.length > 1) return <polyline class="line" fill="none" points={points.map((p) => `${x(p.at).toFixed(1)},${y(p.ms).toFixed(1)}`).join(' ')} />;
  return null;
}
