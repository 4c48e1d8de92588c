import type { SparkHour } from '../src/history/store';
import { formatMs } from '../src/i18n/format';
import { tr } from './i18n';
import { ResponseLine, spread } from './response-line';

interface Props {
  hours: readonly SparkHour[];
  now: number;
}

const WIDTH = 48;
const HEIGHT = 14;

/**
 * The last 24 hours of a site at a glance: the hourly median response time as a line, hours with a
 * failed check as red ticks under it. The label says the same in words for screen readers.
 */
export function Sparkline({ hours, now }: Props) {
  const answered = hours.filter((h) => h.ms !== undefined) as Array<SparkHour & { ms: number }>;
  const failedHours = hours.filter((h) => h.failed > 0);
  const times = spread(answered.map((h) => h.ms));
  const label = times
    ? tr.t('spark_label', formatMs(tr, times.median), formatMs(tr, times.slowest)) +
      (failedHours.length ? tr.n('spark_failed_hours', failedHours.length) : '')
    : failedHours.length
      ? tr.n('spark_only_failures', failedHours.length)
      : tr.t('spark_empty');
  const max = Math.max(100, times?.slowest ?? 0);
  const from = now - 86_400_000;
  // An hour sits at its middle; the hour under way is not over, so the line ends at the right edge.
  const x = (at: number) => Math.max(2, Math.min(WIDTH - 2, ((at + 1_800_000 - from) / 86_400_000) * WIDTH));
  const y = (ms: number) => HEIGHT - 3 - (ms / max) * (HEIGHT - 5);
  return (
    <svg class="spark" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={label} data-spark-points={answered.length}>
      <title>{label}</title>
      <ResponseLine points={answered} x={x} y={y} dot={1.5} />
      {failedHours.map((h) => (
        <rect key={h.at} class="fail" x={x(h.at) - 0.75} y={HEIGHT - 3} width="1.5" height="3" />
      ))}
    </svg>
  );
}
