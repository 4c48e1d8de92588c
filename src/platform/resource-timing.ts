import type { Phases } from '../model';

/**
 * Resource Timing for the probe's own request: DNS, connect, TLS and wait. Browsers zero these for
 * cross-origin responses without Timing-Allow-Origin, so absent phases mean "not disclosed", not 0.
 * The buffer is small and a full one records nothing new, so it is emptied when it fills up (not
 * after each read: a concurrent probe's entry would be lost).
 */
export function phasesOf(url: string): Phases | undefined {
  const entries = performance.getEntriesByName(url, 'resource') as PerformanceResourceTiming[];
  const entry = entries[entries.length - 1];
  if (performance.getEntriesByType('resource').length > 200) performance.clearResourceTimings();
  if (!entry || entry.requestStart === 0 || entry.responseStart === 0) return undefined;
  const round = (ms: number) => Math.max(0, Math.round(ms * 10) / 10);
  return {
    dnsMs: round(entry.domainLookupEnd - entry.domainLookupStart),
    connectMs: round(entry.connectEnd - entry.connectStart),
    tlsMs: round(entry.secureConnectionStart > 0 ? entry.connectEnd - entry.secureConnectionStart : 0),
    waitMs: round(entry.responseStart - entry.requestStart),
    firstByteMs: round(entry.responseStart - entry.startTime),
  };
}
