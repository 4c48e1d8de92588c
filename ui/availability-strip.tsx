import type { StripDay } from '../src/history/uptime';
import { dayDate, formatPercent } from '../src/i18n/format';
import { tr } from './i18n';

interface Props {
  days: readonly StripDay[];
}

type Kind = 'bar-up' | 'bar-shielded' | 'bar-down' | 'bar-none';

/**
 * 90 days, one bar each: full green when all observed time was available, shorter and red as
 * downtime grows, a stub when the day was not observed. Bars of one kind are one path (a hundred
 * strips stay a few hundred elements, not nine thousand). A text equivalent is the label.
 */
export function AvailabilityStrip({ days }: Props) {
  const observed = days.filter((d) => d.available !== undefined);
  const worst = observed.reduce<StripDay | undefined>((w, d) => (!w || d.available! < w.available! ? d : w), undefined);
  const downDays = observed.filter((d) => d.downSeconds > 0).length;
  const label = observed.length
    ? tr.n('strip_observed', observed.length, days.length, downDays) +
      (worst && worst.available! < 1 ? tr.t('strip_worst', formatPercent(tr, worst.available!), dayDate(tr, worst.start)) : '')
    : tr.n('strip_not_observed', days.length);
  const paths: Record<Kind, string[]> = { 'bar-up': [], 'bar-shielded': [], 'bar-down': [], 'bar-none': [] };
  days.forEach((d, i) => {
    const height = d.available === undefined ? 2 : Math.max(2, d.available * 10);
    const kind: Kind = d.available === undefined ? 'bar-none' : d.downSeconds > 0 ? 'bar-down' : d.shieldedSeconds > 0 ? 'bar-shielded' : 'bar-up';
    paths[kind].push(`M${i * 2} 10v-${height.toFixed(1)}h1.4v${height.toFixed(1)}z`);
  });
  const width = days.length * 2;
  return (
    <svg class="strip" viewBox={`0 0 ${width} 10`} width={width} height="10" role="img" aria-label={label} preserveAspectRatio="none">
      <title>{label}</title>
      {(Object.keys(paths) as Kind[]).map((kind) => (paths[kind].length ? <path key={kind} class={kind} d={paths[kind].join('')} /> : null))}
    </svg>
  );
}
