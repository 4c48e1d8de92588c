/**
 * Protection layers that answer instead of the site (DDoS challenge, WAF block, bot wall), as data.
 * A match makes the probe `shielded`: the site's defences are up, which is neither "up" nor "down".
 * Header rules are specific enough alone; body rules only look at the first bytes read.
 */

export interface Fingerprint {
  vendor: string;
  /** Kept as evidence, in English like every stored fact: "Cloudflare challenge". */
  label: string;
  /** What the user reads, in their language, with the vendor: "Shielded — Cloudflare challenge". */
  kind: ShieldKind;
  /** Header name (lower case) and a pattern its value must match. */
  header?: readonly [string, RegExp];
  /** Pattern the start of the body must match. */
  body?: RegExp;
  /** Only statuses in this list count (challenge pages often come as 403/503, some as 200). */
  statuses?: readonly number[];
}

export type ShieldKind = 'challenge' | 'block' | 'bot_check' | 'check' | 'firewall';

/** A 429 without a vendor's mark: the site itself asks clients to slow down. */
export const RATE_LIMITED = 'Rate limited (HTTP 429)';

const BLOCKING = [401, 403, 405, 429, 503] as const;

export const FINGERPRINTS: readonly Fingerprint[] = [
  { vendor: 'Cloudflare', label: 'Cloudflare challenge', kind: 'challenge', header: ['cf-mitigated', /challenge/i] },
  { vendor: 'Cloudflare', label: 'Cloudflare challenge', kind: 'challenge', body: /<title>\s*Just a moment\.\.\.\s*<\/title>/i },
  { vendor: 'Cloudflare', label: 'Cloudflare challenge', kind: 'challenge', body: /\/cdn-cgi\/challenge-platform\/|_cf_chl_opt/ },
  { vendor: 'Cloudflare', label: 'Cloudflare block', kind: 'block', body: /Attention Required! \| Cloudflare|cf-error-details/i, statuses: BLOCKING },
  { vendor: 'Akamai', label: 'Akamai block', kind: 'block', header: ['server', /AkamaiGHost/i], statuses: BLOCKING },
  { vendor: 'Akamai', label: 'Akamai block', kind: 'block', body: /<TITLE>Access Denied<\/TITLE>[\s\S]*Reference&#32;#/i, statuses: BLOCKING },
  { vendor: 'Akamai', label: 'Akamai bot check', kind: 'bot_check', body: /_abck|bm-verify|akamai-bm-telemetry/, statuses: BLOCKING },
  { vendor: 'Imperva (Incapsula)', label: 'Imperva (Incapsula) check', kind: 'check', body: /Incapsula incident ID|_Incapsula_Resource|Request unsuccessful\. Incapsula/i },
  { vendor: 'Imperva (Incapsula)', label: 'Imperva (Incapsula) check', kind: 'check', header: ['x-cdn', /Incapsula|Imperva/i], statuses: BLOCKING },
  { vendor: 'DDoS-Guard', label: 'DDoS-Guard check', kind: 'check', header: ['server', /ddos-guard/i], statuses: BLOCKING },
  { vendor: 'DDoS-Guard', label: 'DDoS-Guard check', kind: 'check', body: /DDoS-Guard|ddos-guard\.net\/|__ddg1_/i },
  { vendor: 'Anubis', label: 'Anubis bot check', kind: 'bot_check', body: /id="anubis_challenge"|Making sure you(?:'|&#39;|’)re not a bot|\/\.within\.website\/x\/cmd\/anubis/i },
  { vendor: 'Sucuri', label: 'Sucuri firewall', kind: 'firewall', header: ['x-sucuri-block', /./], statuses: BLOCKING },
  { vendor: 'Sucuri', label: 'Sucuri firewall', kind: 'firewall', body: /Sucuri WebSite Firewall - Access Denied/i },
  { vendor: 'AWS WAF', label: 'AWS WAF challenge', kind: 'challenge', header: ['x-amzn-waf-action', /challenge|captcha|block/i] },
  { vendor: 'Vercel', label: 'Vercel challenge', kind: 'challenge', header: ['x-vercel-mitigated', /challenge|deny/i] },
];

export interface FingerprintFacts {
  status: number;
  headers: { get(name: string): string | null };
  /** The first bytes of the body, decoded. */
  bodyStart: string;
}

export function matchFingerprint(facts: FingerprintFacts, table: readonly Fingerprint[] = FINGERPRINTS): Fingerprint | undefined {
  return table.find((fp) => {
    if (fp.statuses && !fp.statuses.includes(facts.status)) return false;
    if (fp.header) {
      const value = facts.headers.get(fp.header[0]);
      if (value === null || !fp.header[1].test(value)) return false;
    }
    if (fp.body && !fp.body.test(facts.bodyStart)) return false;
    return Boolean(fp.header || fp.body);
  });
}
