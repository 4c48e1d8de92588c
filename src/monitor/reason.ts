import type { ProbeResult, Site, SiteState } from '../model';
import { causeOfNetError } from '../probe/net-errors';

/** The verdict in words, for the popup row and the notification. Pure. */

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

export function downReason(result: ProbeResult, site: Pick<Site, 'expectText'>): string {
  const error = result.evidence.error;
  switch (result.cause) {
    case 'http':
      return `HTTP ${result.httpStatus ?? '?'}`;
    case 'redirect':
      return result.evidence.leftTo ? `left the site for ${result.evidence.leftTo}` : 'the site redirects in a loop';
    case 'content':
      return site.expectText ? `expected text "${site.expectText}" not found` : 'expected text not found';
    case 'timeout':
      return error ?? 'no answer in time';
    default:
      return causeOfNetError(error).words;
  }
}

export function stateReason(state: SiteState | undefined, site: Site): string {
  if (site.paused) return 'Paused';
  if (!state || state.status === 'unknown' || !state.last) return 'Not checked yet';
  const last = state.last;
  switch (state.status) {
    case 'up':
      return 'Up';
    case 'slow':
      return `Slow — first byte after ${formatMs(last.ttfbMs ?? last.totalMs)}`;
    case 'shielded':
      return `Shielded — ${last.evidence.fingerprint ?? 'protection challenge'}`;
    case 'offline':
      return 'Offline — your connection appears to be down';
    case 'down':
      return `Down — ${downReason(last, site)}`;
  }
}

/** Everything the result holds as evidence, on one line: for a tooltip, a report, a journalist. */
export function evidenceLine(result: ProbeResult): string {
  const e = result.evidence;
  const parts: string[] = [];
  if (result.httpStatus !== undefined) parts.push(`HTTP ${result.httpStatus}`);
  if (e.fingerprint) parts.push(e.fingerprint);
  if (e.error) parts.push(e.error);
  if (result.finalUrl && result.finalUrl !== result.siteUrl) parts.push(`ended at ${result.finalUrl}`);
  if (result.ttfbMs !== undefined) parts.push(`first byte ${formatMs(result.ttfbMs)}`);
  parts.push(`total ${formatMs(result.totalMs)}`);
  if (e.phases) parts.push(`DNS ${formatMs(e.phases.dnsMs)}, connect ${formatMs(e.phases.connectMs)}, TLS ${formatMs(e.phases.tlsMs)}, wait ${formatMs(e.phases.waitMs)}`);
  parts.push(`${formatBytes(result.bytesRead)} read${e.truncated ? ' (cut at the cap)' : ''}`);
  if (e.retryAfterSeconds !== undefined) parts.push(`Retry-After ${e.retryAfterSeconds} s`);
  return parts.join(' · ');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
