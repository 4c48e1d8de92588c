import { crossChecksOf } from '../crosscheck/export';
import type { CrossCheck } from '../crosscheck/types';
import type { Incident, ProbeResult } from '../model';
import { readBucket } from './bucket';
import type { StoredBucket } from './bucket-store';

/**
 * History exports (README "History exports"): CSV with one row per check or per bucket, and the
 * incidents as JSON. Pure: records in, text out.
 */

export const CHECK_COLUMNS = ['site_url', 'time', 'outcome', 'cause', 'http_status', 'ttfb_ms', 'total_ms', 'bytes_read', 'final_url', 'fingerprint', 'error'] as const;
export const BUCKET_COLUMNS = [
  'site_url', 'period', 'start', 'probes_up', 'probes_slow', 'probes_shielded', 'probes_down', 'probes_offline',
  'seconds_up', 'seconds_slow', 'seconds_shielded', 'seconds_down', 'seconds_offline',
  'latency_n', 'latency_min_ms', 'latency_mean_ms', 'latency_p50_ms', 'latency_p95_ms', 'latency_max_ms',
] as const;

/** Quotes what needs it, and defuses text a spreadsheet would run as a formula. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: unknown[]) => fields.map(csvField).join(',');
const iso = (t: number) => new Date(t).toISOString();

export function checksCsv(checks: readonly ProbeResult[]): string {
  const rows = checks.map((s) =>
    line([s.siteUrl, iso(s.at), s.outcome, s.cause, s.httpStatus, s.ttfbMs, s.totalMs, s.bytesRead, s.finalUrl, s.evidence.fingerprint, s.evidence.error]),
  );
  return [CHECK_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function bucketsCsv(period: 'hour' | 'day', buckets: readonly StoredBucket[]): string {
  const rows = buckets.map((b) => {
    const v = readBucket(b.b);
    const l = v.latency;
    return line([
      b.siteUrl, period, iso(b.start),
      v.counts.up, v.counts.slow, v.counts.shielded, v.counts.down, v.counts.offline,
      v.observedSeconds.up, v.observedSeconds.slow, v.observedSeconds.shielded, v.observedSeconds.down, v.observedSeconds.offline,
      l?.n ?? 0, l?.min, l?.mean, l?.p50, l?.p95, l?.max,
    ]);
  });
  return [BUCKET_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** Each incident with its cross-checks from other networks (README "History exports"), oldest first. */
export function incidentsJson(incidents: readonly Incident[], exportedAt: number, crossChecks: readonly CrossCheck[] = []): string {
  const withChecks = incidents.map((incident) => ({ ...incident, crossChecks: incident.id === undefined ? [] : crossChecksOf(crossChecks, incident.id) }));
  return `${JSON.stringify({ format: 'vigil-incidents', version: 1, exportedAt: iso(exportedAt), incidents: withChecks }, null, 2)}\n`;
}
