import { formatMs, timeOfDay } from '../src/i18n/format';
import { tr } from './i18n';
import { ResponseLine, spread } from './response-line';
import type { Outcome } from '../src/model';
import './charts.css';

interface Props {
  points: ReadonlyArray<{ at: number; ms?: number; outcome: Outcome }>;
  from: number;
  to: number;
  width?: number;
  height?: number;
}

/** Room for the ms labels on the left and the times below. */
const LEFT = 44;
const BOTTOM = 14;
const TOP = 6;
const TICK_HOURS = 6;

/** A round upper bound for the ms axis: 100, 200, 500, 1000, 2000, 5000 … */
export function niceMax(ms: number): number {
  for (let step = 100; ; step *= 10) for (const m of [1, 2, 5]) if (ms <= m * step) return m * step;
}

/** Local hours of the day that are multiples of TICK_HOURS, between `from` and `to`. */
export function timeTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  const d = new Date(from);
  d.setMinutes(0, 0, 0);
  while (d.getTime() <= to) {
    if (d.getTime() >= from && d.getHours() % TICK_HOURS === 0) ticks.push(d.getTime());
    d.setHours(d.getHours() + 1);
  }
  return ticks;
}

/**
 * Response times over a period as a line, failed checks as red ticks on the baseline, with a time
 * axis (every six hours) and a ms axis (0, half, top). The label (and the title, for pointer users)
 * says the same in words: checks, median, slowest, failures.
 */
export function LatencyChart({ points, from, to, width = 372, height = 90 }: Props) {
  const answered = points.filter((p) => p.ms !== undefined) as Array<{ at: number; ms: number }>;
  const failed = points.filter((p) => p.outcome === 'down');
  const times = spread(answered.map((p) => p.ms));
  const max = niceMax(Math.max(100, times?.slowest ?? 0));
  const plotW = width - LEFT;
  const base = height - BOTTOM;
  const x = (at: number) => LEFT + ((at - from) / Math.max(1, to - from)) * plotW;
  const y = (ms: number) => base - 1 - (ms / max) * (base - TOP - 1);
  const label = times
    ? tr.n('chart_checks', points.length, formatMs(tr, times.median), formatMs(tr, times.slowest)) +
      (failed.length ? tr.n('chart_failed', failed.length) : tr.t('chart_none_failed'))
    : points.length
      ? tr.n('chart_all_failed', points.length)
      : tr.t('chart_no_checks');
  return (
    <svg class="latency-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <title>{label}</title>
      {[0, max / 2, max].map((ms) => (
        <g key={ms} class="y-tick">
          {ms > 0 && <line class="grid" x1={LEFT} y1={y(ms)} x2={width} y2={y(ms)} />}
          <text class="tick" x={LEFT - 4} y={y(ms) + 3} text-anchor="end">
            {formatMs(tr, ms)}
          </text>
        </g>
      ))}
      {timeTicks(from, to).map((at) => {
        const d = new Date(at);
        // A label at either end stays inside the chart.
        const anchor = x(at) > width - 24 ? 'end' : x(at) < LEFT + 24 ? 'start' : 'middle';
        return (
          <text key={at} class="tick x-tick" x={x(at)} y={height - 3} text-anchor={anchor}>
            {timeOfDay(tr, d.getHours(), d.getMinutes())}
          </text>
        );
      })}
      <line x1={LEFT} y1={base - 1} x2={width} y2={base - 1} class="axis" />
      <ResponseLine points={answered} x={x} y={y} dot={2} />
      {failed.map((p) => (
        <rect key={p.at} class="fail" x={x(p.at) - 1} y={base - 8} width="2" height="8" />
      ))}
    </svg>
  );
}
