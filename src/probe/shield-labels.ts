/**
 * The English labels kept as evidence for a shield ("Cloudflare block (1020)"), and their reading
 * back. Apart from the rule table so that the pages, which only put verdicts into words, do not
 * load every vendor's patterns.
 */
import type { ShieldKind } from '../model';

/** A 429 without a vendor's mark: the site itself asks clients to slow down. */
export const RATE_LIMITED = 'Rate limited (HTTP 429)';

const KIND_WORDS: Record<ShieldKind, string> = {
  challenge: 'challenge',
  block: 'block',
  bot_check: 'bot check',
  check: 'check',
  firewall: 'firewall',
  geo_block: 'geo block',
  rate_limit: 'rate limit',
};

/** The English label kept as evidence (a record, like every stored fact): "Cloudflare block (1020)". */
export function shieldLabel(vendor: string, kind: ShieldKind, code?: number): string {
  return `${vendor} ${KIND_WORDS[kind]}${code !== undefined ? ` (${code})` : ''}`;
}

/** Reads a stored label back ("Akamai bot check" → vendor and kind), for records from before vendor and kind were kept. */
export function parseShieldLabel(label: string): { vendor: string; kind: ShieldKind } | undefined {
  // Longest words first: "geo block" before "block", "bot check" before "check".
  const kinds = (Object.entries(KIND_WORDS) as Array<[ShieldKind, string]>).sort((a, b) => b[1].length - a[1].length);
  for (const [kind, words] of kinds) {
    const m = new RegExp(`^(.+) ${words}(?: \\(\\d+\\))?$`).exec(label);
    if (m) return { vendor: m[1]!, kind };
  }
  return undefined;
}
