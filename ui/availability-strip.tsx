import type { StripDay } from '../src/history/uptime';
import { formatPercent } from '../src/history/uptime';

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
  const label = observed.length
    ? `Availability over the last ${days.length} days: observed on ${observed.length} days; ` +
      `${observed.filter((d) => d.downSeconds > 0).length} with downtime` +
      (worst && worst.available! < 1 ? `, worst ${formatPercent(worst.available!)} on ${new Date(worst.start).toLocaleDateString()}` : '')
    : `Not observed in the last ${days.length} days`;
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
