/**
 * Who answered instead of the site, as data. A protection layer that decided about the visitor
 * makes the probe `shielded`; an edge that answered because the site's own server failed makes it
 * `down` (cause `http`) with the edge named; a healthy page through any edge stays `up`. The rules
 * live per family under ./shields/; this file orders them and runs them. Only the first bytes of
 * the body are read, and a service worker never sees Set-Cookie, so no rule relies on cookies.
 */
import { AKAMAI_RULES } from './shields/akamai';
import { APPLIANCE_RULES } from './shields/appliances';
import { CLOUDFLARE_RULES } from './shields/cloudflare';
import { CLOUD_RULES } from './shields/clouds';
import { PROTECTION_RULES } from './shields/protection';
import type { Match, Meaning, Rule } from './shields/types';

export type { EdgeReason, Match, Meaning, Rule, ShieldKind } from './shields/types';

export { parseShieldLabel, RATE_LIMITED, shieldLabel } from './shield-labels';

/** First match wins: each family lists its specific pages before its broad header rules. */
export const RULES: readonly Rule[] = [...CLOUDFLARE_RULES, ...AKAMAI_RULES, ...CLOUD_RULES, ...PROTECTION_RULES, ...APPLIANCE_RULES];

/**
 * Headers that say which edge or protection service carried an answer. They are on healthy answers
 * too, so they decide nothing alone; they only name who rate limited a visitor (a 429 with a mark).
 */
export const EDGE_MARKS: ReadonlyArray<readonly [vendor: string, header: string, value: RegExp]> = [
  ['Cloudflare', 'cf-ray', /./],
  ['Cloudflare', 'server', /^cloudflare/i],
  ['Akamai', 'server', /AkamaiGHost/i],
  ['Amazon CloudFront', 'x-amz-cf-id', /./],
  ['Azure Front Door', 'x-azure-ref', /./],
  ['Fastly', 'x-served-by', /\bcache-[a-z0-9-]+-[A-Z]{3}\b/],
  ['Imperva (Incapsula)', 'x-iinfo', /./],
  ['Sucuri', 'x-sucuri-id', /./],
  ['DDoS-Guard', 'server', /ddos-guard/i],
  ['Qrator', 'server', /qrator/i],
  ['Myra Security', 'server', /myracloud/i],
  ['Link11', 'server', /rhino-core-shield/i],
  ['Variti', 'server', /^Variti/i],
  ['Vercel', 'x-vercel-id', /./],
  ['DataDome', 'x-datadome', /./],
];

export interface FingerprintFacts {
  status: number;
  headers: { get(name: string): string | null };
  /** The first bytes of the body, decoded. */
  bodyStart: string;
}

export function matchFingerprint(facts: FingerprintFacts, table: readonly Rule[] = RULES): Match | undefined {
  for (const rule of table) {
    if (rule.statuses && !rule.statuses.includes(facts.status)) continue;
    if (rule.headers && !headersMatch(rule.headers, facts.headers)) continue;
    let found: RegExpExecArray | null = null;
    if (rule.body) {
      found = rule.body.exec(facts.bodyStart);
      if (!found) continue;
    }
    if (!rule.headers && !rule.body && !rule.codes) continue;
    const code = rule.codes?.from === 'status' ? facts.status : found?.[1] !== undefined ? Number(found[1]) : undefined;
    const meaning: Meaning = (code !== undefined ? rule.codes?.map[String(code)] : undefined) ?? rule.means;
    return { rule, vendor: rule.vendor, meaning, ...(code !== undefined ? { code } : {}) };
  }
  return undefined;
}

/** The vendor whose mark an answer carries, if any (see EDGE_MARKS). */
export function edgeOf(headers: FingerprintFacts['headers']): string | undefined {
  return EDGE_MARKS.find(([, name, value]) => {
    const seen = headers.get(name);
    return seen !== null && value.test(seen);
  })?.[0];
}

function headersMatch(wanted: Readonly<Record<string, RegExp>>, headers: FingerprintFacts['headers']): boolean {
  for (const [name, pattern] of Object.entries(wanted)) {
    const value = headers.get(name);
    if (value === null || !pattern.test(value)) return false;
  }
  return true;
}
