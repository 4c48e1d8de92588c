import type { StripDay } from '../src/history/uptime';
import { formatPercent } from '../src/history/uptime';

interface Props {
  days: readonly StripDay[];
}

/**
 * 90 days, one bar each: full green when all observed time was available, shorter and red as
 * downtime grows, a dotted stub when the day was not observed. A text equivalent is the label.
 */
export function AvailabilityStrip({ days }: Props) {
  const observed = days.filter((d) => d.available !== undefined);
  const worst = observed.reduce<StripDay | undefined>((w, d) => (!w || d.available! < w.available! ? d : w), undefined);
  const label = observed.length
    ? `Availability over the last ${days.length} days: observed on ${observed.length} days; ` +
      `${observed.filter((d) => d.downSeconds > 0).length} with downtime` +
      (worst && worst.available! < 1 ? `, worst ${formatPercent(worst.available!)} on ${new Date(worst.start).toLocaleDateString()}` : '')
    : `Not observed in the last ${days.length} days`;
  const width = days.length * 2;
  return (
    <svg class="strip" viewBox={`0 0 ${width} 10`} width={width} height="10" role="img" aria-label={label} preserveAspectRatio="none">
      <title>{label}</title>
      {days.map((d, i) =>
        d.available === undefined ? (
          <rect key={d.start} x={i * 2} y="8" width="1.4" height="2" class="bar-none" />
        ) : (
          <rect key={d.start} x={i * 2} y={10 - Math.max(2, d.available * 10)} width="1.4" height={Math.max(2, d.available * 10)} class={d.downSeconds > 0 ? 'bar-down' : d.shieldedSeconds > 0 ? 'bar-shielded' : 'bar-up'} />
        ),
      )}
    </svg>
  );
}
