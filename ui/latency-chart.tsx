import { formatMs } from '../src/i18n/format';
import { tr } from './i18n';
import { ResponseLine, spread } from './response-line';
import type { Outcome } from '../src/model';

interface Props {
  points: ReadonlyArray<{ at: number; ms?: number; outcome: Outcome }>;
  from: number;
  to: number;
  width?: number;
  height?: number;
}

/**
 * Response times over a period as a line, failed checks as red ticks on the baseline. The label
 * (and the title, for pointer users) says the same in words: checks, median, slowest, failures.
 */
export function LatencyChart({ points, from, to, width = 360, height = 60 }: Props) {
  const answered = points.filter((p) => p.ms !== undefined) as Array<{ at: number; ms: number }>;
  const failed = points.filter((p) => p.outcome === 'down');
  const times = spread(answered.map((p) => p.ms));
  const max = Math.max(100, times?.slowest ?? 0);
  const x = (at: number) => ((at - from) / Math.max(1, to - from)) * width;
  const y = (ms: number) => height - 2 - (ms / max) * (height - 6);
  const label = times
    ? tr.n('chart_checks', points.length, formatMs(tr, times.median), formatMs(tr, times.slowest)) +
      (failed.length ? tr.n('chart_failed', failed.length) : tr.t('chart_none_failed'))
    : points.length
      ? tr.n('chart_all_failed', points.length)
      : tr.t('chart_no_checks');
  return (
    <svg class="latency-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <title>{label}</title>
      <line x1="0" y1={height - 1} x2={width} y2={height - 1} class="axis" />
      <ResponseLine points={answered} x={x} y={y} dot={2} />
      {failed.map((p) => (
        <rect key={p.at} class="fail" x={x(p.at) - 1} y={height - 8} width="2" height="8" />
      ))}
    </svg>
  );
}
