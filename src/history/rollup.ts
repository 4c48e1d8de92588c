import type { ProbeResult, SiteState } from '../model';
import { addObserved, addProbe, emptyBucket, outcomeOrOffline, type Bucket, type Observed } from './bucket';
import { dayStart, hourStart, nextDayStart, nextHourStart, splitSpan } from './periods';

/**
 * What one probe adds to the rollups, pure. The time since the previous probe is "observed" in the
 * previous status only as far as it was expected to hold: up to the scheduled next probe plus a
 * grace. Beyond that the browser was closed or the machine asleep: neither uptime nor downtime.
 */
export const GRACE_MS = 90_000;

export interface RollupDelta {
  siteUrl: string;
  /** bucket start → what to add */
  hours: Map<number, Bucket>;
  days: Map<number, Bucket>;
}

export interface ObservedSpan {
  status: Observed;
  from: number;
  to: number;
}

export function observedSpan(prev: SiteState | undefined, at: number): ObservedSpan | undefined {
  if (!prev || prev.lastCheckedAt === undefined || prev.status === 'unknown') return undefined;
  const from = prev.lastCheckedAt;
  // A clock that went backwards gives no span rather than a negative one.
  const to = Math.min(at, Math.max(prev.nextDueAt, from) + GRACE_MS);
  return to > from ? { status: prev.status, from, to } : undefined;
}

export function rollupDelta(prev: SiteState | undefined, next: SiteState, result: ProbeResult): RollupDelta {
  const delta: RollupDelta = { siteUrl: result.siteUrl, hours: new Map(), days: new Map() };
  const bucket = (map: Map<number, Bucket>, start: number) => {
    let b = map.get(start);
    if (!b) map.set(start, (b = emptyBucket()));
    return b;
  };
  const span = observedSpan(prev, result.at);
  if (span) {
    for (const [start, seconds] of splitSpan(span.from, span.to, hourStart, nextHourStart)) addObserved(bucket(delta.hours, start), span.status, seconds);
    for (const [start, seconds] of splitSpan(span.from, span.to, dayStart, nextDayStart)) addObserved(bucket(delta.days, start), span.status, seconds);
  }
  const status = outcomeOrOffline(next.status, result.outcome);
  const latency = result.outcome === 'down' ? undefined : result.ttfbMs;
  addProbe(bucket(delta.hours, hourStart(result.at)), status, latency);
  addProbe(bucket(delta.days, dayStart(result.at)), status, latency);
  return delta;
}
