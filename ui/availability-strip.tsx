import { formatSeen } from '../src/history/honest-uptime';
import type { StripDay } from '../src/history/uptime';
import { dayDate, formatPercent } from '../src/i18n/format';
import { tr } from './i18n';
import './charts.css';

interface Props {
  days: readonly StripDay[];
}

type Kind = 'bar-up' | 'bar-shielded' | 'bar-down' | 'bar-none';

const SLOT = 4;
const HEIGHT = 28;

/** One day in words, its tooltip: "Nov 12, 2026: down 23 min", "Nov 13, 2026: no data". */
export function dayWords(d: StripDay): string {
  if (d.available === undefined && !d.shieldedSeconds) return tr.t('honest_day', dayDate(tr, d.start), tr.t('honest_day_none'));
  const parts: string[] = [];
  if (d.downSeconds > 0) parts.push(tr.t('honest_day_down', formatSeen(tr, d.downSeconds)));
  else if (d.available !== undefined) parts.push(tr.t('honest_no_down'));
  if (d.shieldedSeconds > 0) parts.push(tr.t('honest_day_bot', formatSeen(tr, d.shieldedSeconds)));
  if (d.observedSeconds) parts.push(tr.t('honest_day_seen', formatSeen(tr, d.observedSeconds)));
  return tr.t('honest_day', dayDate(tr, d.start), parts.join(', '));
}

/**
 * 90 days, one element each with its own tooltip (Atlassian Statuspage's convention): a bar as
 * tall as the day's availability, red when it had downtime, a stub when it was not observed. Each
 * day's slot is pointable over the strip's full height; the label says the whole in words.
 */
export function AvailabilityStrip({ days }: Props) {
  const observed = days.filter((d) => d.available !== undefined);
  const worst = observed.reduce<StripDay | undefined>((w, d) => (!w || d.available! < w.available! ? d : w), undefined);
  const downDays = observed.filter((d) => d.downSeconds > 0).length;
  const label = observed.length
    ? tr.n('strip_observed', observed.length, days.length, downDays) +
      (worst && worst.available! < 1 ? tr.t('strip_worst', formatPercent(tr, worst.available!), dayDate(tr, worst.start)) : '')
    : tr.n('strip_not_observed', days.length);
  const width = days.length * SLOT;
  return (
    <svg class="days" viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="none">
      {days.map((d, i) => {
        const height = d.available === undefined ? 3 : Math.max(3, d.available * HEIGHT);
        const kind: Kind = d.available === undefined ? (d.shieldedSeconds > 0 ? 'bar-shielded' : 'bar-none') : d.downSeconds > 0 ? 'bar-down' : d.shieldedSeconds > 0 ? 'bar-shielded' : 'bar-up';
        return (
          <g key={d.start} class="day" data-day={d.start}>
            <title>{dayWords(d)}</title>
            <rect class="day-hit" x={i * SLOT} y="0" width={SLOT} height={HEIGHT} />
            <rect class={kind} x={i * SLOT + 0.5} y={HEIGHT - height} width={SLOT - 1} height={height} />
          </g>
        );
      })}
    </svg>
  );
}
