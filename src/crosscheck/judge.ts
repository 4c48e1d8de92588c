import { classifyResponse } from '../probe/classify';
import { DEFAULT_SLOW_MS } from '../settings/defaults';
import type { MeasurementResultItem } from './api';
import type { CrossCheckProbe } from './types';

/** A probe that could not say anything about the site: left out of the verdict, and counted. */
export interface Excluded {
  excluded: true;
  why: 'internal' | 'offline' | 'in-progress';
}

/**
 * Judges one remote probe with the rules Vigil applies to its own checks (src/probe/classify.ts):
 * the same fingerprint table on the returned headers and body start, so a challenge seen from afar
 * is `shielded`, not down; 5xx and other error statuses are `down`/`http`; 429 is `shielded`.
 *
 * What differs, and why:
 * - The probes do not follow redirects, so a 3xx is the site answering (up), not a redirect that left.
 * - Only "the first 10 kb" of the body come back (spec, `rawBody`), so a site's expected text is not
 *   looked for: missing from a cut body proves nothing.
 * - A failed test carries a best-effort `failureSource` (spec: "EXPERIMENTAL … `target` covers the
 *   target and its network path, including misconfigured DNS records and timeouts, `resolver` covers
 *   failures communicating with or receiving an unusable response from the DNS resolver, `internal`
 *   covers Globalping probe and API failures"). target → down/network (unreachable), resolver →
 *   down/dns, internal → left out. A failure without a source (older probes) is most likely the
 *   target's: it counts as unreachable. `offline` probes ran nothing: left out.
 */
export function judgeProbe(item: MeasurementResultItem, slowMs = DEFAULT_SLOW_MS): CrossCheckProbe | Excluded {
  const { probe, result } = item;
  const where = { country: probe.country, city: probe.city, asn: probe.asn, network: probe.network, continent: probe.continent };
  if (result.status === 'offline') return { excluded: true, why: 'offline' };
  if (result.status === 'in-progress') return { excluded: true, why: 'in-progress' };
  if (result.status === 'failed') {
    if (result.failureSource === 'internal') return { excluded: true, why: 'internal' };
    return { ...where, verdict: 'down', cause: result.failureSource === 'resolver' ? 'dns' : 'network' };
  }
  const status = result.statusCode ?? 0;
  const ttfb = result.timings?.firstByte ?? result.timings?.total ?? 0;
  const verdict = classifyResponse({
    status,
    headers: headerReader(result.headers ?? {}),
    // No redirect is followed: the answer comes from the site's own URL, whatever its status.
    finalUrl: '',
    ttfbMs: ttfb,
    bodyStart: result.rawBody ?? '',
    allowedHosts: [],
    slowMs,
    now: 0,
  });
  const timeMs = result.timings?.total ?? undefined;
  return {
    ...where,
    verdict: verdict.outcome,
    ...(verdict.cause ? { cause: verdict.cause } : {}),
    ...(verdict.evidence.fingerprint ? { fingerprint: verdict.evidence.fingerprint } : {}),
    httpStatus: status,
    ...(timeMs !== undefined && timeMs !== null ? { timeMs } : {}),
  };
}

export function isExcluded(judged: CrossCheckProbe | Excluded): judged is Excluded {
  return 'excluded' in judged;
}

/** The spec's `headers` object (lower-case names; arrays for repeated headers) as a Headers-like reader. */
export function headerReader(headers: Record<string, string | string[]>): { get(name: string): string | null } {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)]));
  return { get: (name) => lower.get(name.toLowerCase()) ?? null };
}
