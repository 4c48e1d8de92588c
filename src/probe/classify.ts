import type { Cause, Evidence, Outcome } from '../model';
import { edgeOf, matchFingerprint } from './fingerprints';
import { RATE_LIMITED, shieldLabel } from './shield-labels';
import { isOwnHost } from './hosts';

/** Everything the verdict depends on, gathered by one probe. Pure input, so it is tested in Node. */
export interface ResponseFacts {
  status: number;
  headers: { get(name: string): string | null };
  finalUrl: string;
  ttfbMs: number;
  bodyStart: string;
  /** undefined when the site has no expected text. */
  expectFound?: boolean;
  allowedHosts: readonly string[];
  slowMs: number;
  now: number;
}

export interface Verdict {
  outcome: Outcome;
  cause?: Cause;
  evidence: Evidence;
}

export function classifyResponse(facts: ResponseFacts): Verdict {
  const evidence: Evidence = {};
  const retryAfter = parseRetryAfter(facts.headers.get('retry-after'), facts.now);
  if (retryAfter !== undefined) evidence.retryAfterSeconds = retryAfter;

  const match = matchFingerprint(facts);
  if (match && 'shield' in match.meaning) {
    const kind = match.meaning.shield;
    return { outcome: 'shielded', evidence: { ...evidence, fingerprint: shieldLabel(match.vendor, kind, match.code), vendor: match.vendor, shield: kind } };
  }
  if (match && 'edge' in match.meaning) {
    // The edge answered for a site whose own server failed: an outage, with the edge named.
    const edge = { reason: match.meaning.edge, ...(match.code !== undefined ? { code: match.code } : {}) };
    return { outcome: 'down', cause: 'http', evidence: { ...evidence, fingerprint: `${match.vendor}: ${edge.reason.replace('_', ' ')}${match.code !== undefined ? ` (${match.code})` : ''}`, vendor: match.vendor, edge } };
  }
  if (facts.status === 429) {
    // A rate limit carrying an edge's mark is that edge's; without one, the site's own.
    const vendor = edgeOf(facts.headers);
    return { outcome: 'shielded', evidence: { ...evidence, ...(vendor ? { fingerprint: shieldLabel(vendor, 'rate_limit'), vendor, shield: 'rate_limit' as const } : { fingerprint: RATE_LIMITED }) } };
  }

  const finalHost = safeHost(facts.finalUrl);
  if (finalHost !== undefined && !isOwnHost(finalHost, facts.allowedHosts)) {
    return { outcome: 'down', cause: 'redirect', evidence: { ...evidence, leftTo: finalHost } };
  }
  if (facts.status >= 400) return { outcome: 'down', cause: 'http', evidence };
  if (facts.expectFound === false) return { outcome: 'down', cause: 'content', evidence };
  if (facts.ttfbMs > facts.slowMs) return { outcome: 'slow', evidence };
  return { outcome: 'up', evidence };
}

/** Retry-After is seconds or an HTTP date; absurd values are capped at a day. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  let seconds: number;
  if (/^\d+$/.test(trimmed)) seconds = Number(trimmed);
  else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return undefined;
    seconds = Math.max(0, Math.round((date - now) / 1000));
  }
  return Math.min(seconds, 86400);
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
