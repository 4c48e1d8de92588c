import type { Meaning, Rule } from './types';

/**
 * Cloudflare. Its healthy pages carry beacons (/cdn-cgi/challenge-platform/…/scripts/jsd/,
 * window.__CF$cv$params, static.cloudflareinsights.com) and every proxied answer says
 * `server: cloudflare`, so neither the header alone nor "challenge-platform" alone means anything.
 * Sources: developers.cloudflare.com cloudflare-challenges "detect a challenge response"
 * (cf-mitigated), support/troubleshooting cloudflare-1xxx-errors and cloudflare-5xx-errors.
 */

const block: Meaning = { shield: 'block' };

/** Cloudflare's numbered errors. 1xxx are read from the page; 52x and 530 are also the status. */
export const CLOUDFLARE_CODES: Readonly<Record<string, Meaning>> = {
  // Someone at Cloudflare's edge decided about the visitor.
  1005: block, 1006: block, 1007: block, 1008: block, 1010: block, 1011: block, 1012: block, 1020: block,
  1009: { shield: 'geo_block' },
  1015: { shield: 'rate_limit' },
  // The site is set up wrongly at Cloudflare: nobody can reach it, so it is down.
  1000: { edge: 'config' }, 1001: { edge: 'config' }, 1002: { edge: 'config' }, 1003: { edge: 'config' },
  1004: { edge: 'config' }, 1013: { edge: 'config' }, 1014: { edge: 'config' }, 1018: { edge: 'config' },
  1023: { edge: 'config' }, 1034: { edge: 'config' },
  1016: { edge: 'dns' },
  1019: { edge: 'origin_error' }, 1033: { edge: 'unreachable' }, 1101: { edge: 'origin_error' }, 1102: { edge: 'origin_error' },
  520: { edge: 'bad_answer' },
  521: { edge: 'unreachable' },
  522: { edge: 'unreachable' },
  523: { edge: 'unreachable' },
  524: { edge: 'timeout' },
  525: { edge: 'tls' },
  526: { edge: 'tls' },
  527: { edge: 'origin_error' },
  530: { edge: 'unreachable' },
};

const ERROR_STATUSES = [400, 403, 409, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526, 527, 530] as const;

export const CLOUDFLARE_RULES: readonly Rule[] = [
  {
    id: 'cloudflare-mitigated-header',
    vendor: 'Cloudflare',
    means: { shield: 'challenge' },
    headers: { 'cf-mitigated': /challenge/i },
  },
  {
    // Managed, JS and interactive challenges: the orchestrate script and its options object exist
    // only on challenge pages (the healthy-page beacon lives under …/scripts/jsd/).
    id: 'cloudflare-challenge-page',
    vendor: 'Cloudflare',
    means: { shield: 'challenge' },
    body: /window\._cf_chl_opt\b|\/cdn-cgi\/challenge-platform\/h\/[a-z]\/orchestrate\/|\/cdn-cgi\/l\/chk_(?:jschl|captcha)/,
    unmistakable: true,
  },
  {
    id: 'cloudflare-just-a-moment',
    vendor: 'Cloudflare',
    means: { shield: 'challenge' },
    statuses: [403, 429, 503],
    body: /<title>\s*Just a moment\.\.\.\s*<\/title>/i,
  },
  {
    // Error pages: the code is in the page ("Error 1020", "Error code 522", "error code: 1015").
    id: 'cloudflare-error-page',
    vendor: 'Cloudflare',
    means: block,
    statuses: ERROR_STATUSES,
    body: /(?:id="cf-wrapper"|class="cf-error|cf-error-details)[\s\S]{0,6000}?(?:Error|error code)(?:\s|<[^>]*>|:)*(1\d{3}|52\d|530)\b/i,
    codes: { from: 'body', map: CLOUDFLARE_CODES },
  },
  {
    // What non-browser clients get instead of the page: the body is just the code.
    id: 'cloudflare-plain-error',
    vendor: 'Cloudflare',
    means: block,
    statuses: ERROR_STATUSES,
    headers: { server: /^cloudflare/i },
    body: /^\s*error code: (1\d{3}|52\d|530)\s*$/,
    codes: { from: 'body', map: CLOUDFLARE_CODES },
  },
  {
    id: 'cloudflare-blocked-page',
    vendor: 'Cloudflare',
    means: block,
    statuses: [403, 429, 503],
    body: /Attention Required! \| Cloudflare|data-translate="block_headline"|Cloudflare Ray ID:/i,
  },
  {
    // The 52x family keeps its meaning in the status, whatever the page looks like.
    id: 'cloudflare-origin-status',
    vendor: 'Cloudflare',
    means: { edge: 'origin_error' },
    statuses: [520, 521, 522, 523, 524, 525, 526, 527, 530],
    headers: { server: /^cloudflare/i },
    codes: { from: 'status', map: CLOUDFLARE_CODES },
  },
  {
    // Cloudflare's own plain 502/504 ("<center>cloudflare</center>"): the site's server answered badly or late.
    id: 'cloudflare-gateway-page',
    vendor: 'Cloudflare',
    means: { edge: 'bad_answer' },
    statuses: [502, 504],
    body: /<hr>\s*<center>cloudflare(?:-nginx)?<\/center>/i,
    codes: { from: 'status', map: { 502: { edge: 'bad_answer' }, 504: { edge: 'timeout' } } },
  },
];
