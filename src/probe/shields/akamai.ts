import type { Rule } from './types';

/**
 * Akamai. Its own pages carry a "Reference #<n>.<hex>.<epoch>.<hex>" (spelt with a space, &#32;,
 * &#35;, &#46; or &nbsp; depending on the template) and a link to errors.edgesuite.net; answers it makes
 * itself say `server: AkamaiGHost`, while the site's own answers keep the site's server header.
 * The page title tells a block ("Access Denied", #18) from the edge failing to get the site's page.
 * Sources: WhatWaf issues #1139/#1162/#1191 (pasted 403 pages), netbird#3670, darkreader#8774,
 * wafw00f plugins/kona.py, techdocs.akamai.com "Bot Manager" (interstitial and /_sec/ challenges).
 */

const DOT = String.raw`(?:\.|&#46;)`;
const REFERENCE = String.raw`Reference(?:\s|&#32;|&#x20;|&nbsp;)*(?:#|&#35;|&#x23;)\s*\d+${DOT}[0-9a-f]+${DOT}\d+`;
const EDGESUITE = String.raw`errors${DOT}edgesuite${DOT}net`;

export const AKAMAI_RULES: readonly Rule[] = [
  {
    id: 'akamai-access-denied',
    vendor: 'Akamai',
    means: { shield: 'block' },
    statuses: [400, 403],
    body: new RegExp(String.raw`<title>\s*Access Denied\s*</title>[\s\S]*?(?:${REFERENCE}|${EDGESUITE})`, 'i'),
  },
  {
    id: 'akamai-dns-failure',
    vendor: 'Akamai',
    means: { edge: 'dns' },
    statuses: [502, 503, 504],
    body: new RegExp(String.raw`DNS failure[\s\S]*?${REFERENCE}`, 'i'),
  },
  {
    id: 'akamai-gateway-timeout',
    vendor: 'Akamai',
    means: { edge: 'timeout' },
    statuses: [503, 504],
    body: new RegExp(String.raw`did not receive a timely response from the upstream server[\s\S]*?${REFERENCE}`, 'i'),
  },
  {
    // "An error occurred while processing your request", "Zero size object": the site's server failed.
    id: 'akamai-origin-error',
    vendor: 'Akamai',
    means: { edge: 'origin_error' },
    statuses: [500, 502, 503, 504],
    body: new RegExp(`${REFERENCE}|${EDGESUITE}`, 'i'),
  },
  {
    id: 'akamai-ghost-block',
    vendor: 'Akamai',
    means: { shield: 'block' },
    statuses: [403],
    headers: { server: /AkamaiGHost/i },
  },
  {
    id: 'akamai-ghost-origin-error',
    vendor: 'Akamai',
    means: { edge: 'origin_error' },
    statuses: [500, 502, 503, 504],
    headers: { server: /AkamaiGHost/i },
  },
  {
    // Bot Manager's interstitial and crypto/behavioural challenges, often served with 200 or 428:
    // reserved /_sec/ paths and the bm-verify form field.
    id: 'akamai-bot-manager',
    vendor: 'Akamai',
    means: { shield: 'bot_check' },
    body: /\/_sec\/(?:cp_challenge|verify\?provider=)|name="bm-verify"|id="sec-if-cpt-container"/,
    unmistakable: true,
  },
];
