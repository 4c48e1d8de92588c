import { describe, expect, it } from 'vitest';
import frCatalog from '../../../_locales/fr/messages.json';
import { formatMs } from '../../../src/i18n/format';
import { catalogLookup, makeTranslator, type Catalog, type Message } from '../../../src/i18n/translator';
import type { EdgeReason, ProbeResult, ShieldKind, SiteState } from '../../../src/model';
import { noticeWords } from '../../../src/monitor/notice-text';
import { downReason, plainStoredReason, stateReason } from '../../../src/monitor/reason';
import { technicalDetails } from '../../../src/monitor/technical-details';
import { SITE, down, en, result } from '../helpers';

const fr = makeTranslator(catalogLookup(frCatalog as Catalog), 'fr', 'fr-FR');
const state = (last: ProbeResult, status: SiteState['status']): SiteState => ({ siteUrl: SITE.url, status, since: 0, nextDueAt: 0, failures: 0, last });

/** What no reason may show in plain sight: the browser's error names, measurements, vendors, raw keys. */
const DEVELOPER_WORDS = /net::|NS_ERROR|ERR_|\bms\b|byte|Cloudflare|Akamai|Myra|Anubis|DNS \d|_/;

describe('every verdict said in the user’s words', () => {
  it.each([
    [401, 'the site asks for a login (HTTP 401)'],
    [403, 'the server refuses access (HTTP 403)'],
    [404, 'the page was not found (HTTP 404)'],
    [410, 'the page has been removed (HTTP 410)'],
    [418, 'the server refused the request (HTTP 418)'],
    [500, 'the server reports an internal error (HTTP 500)'],
    [502, "the site's server sent an invalid answer (HTTP 502)"],
    [503, 'the server says it is unavailable (HTTP 503)'],
    [504, "the site's server did not answer in time (HTTP 504)"],
    [520, 'the server reports an error (HTTP 520)'],
    [299, 'the server gave an unexpected answer (HTTP 299)'],
    [undefined, 'the server answered with an error'],
  ])('HTTP %s', (status, words) => {
    expect(downReason(en, down('http', { httpStatus: status }), SITE)).toBe(words);
  });

  const edges: Array<[EdgeReason, string]> = [
    ['unreachable', "the site's server cannot be reached (error 522)"],
    ['timeout', "the site's server did not answer in time (error 522)"],
    ['bad_answer', "the site's server sent an invalid answer (error 522)"],
    ['tls', "the secure connection to the site's server failed (error 522)"],
    ['dns', "the site's server cannot be found (error 522)"],
    ['config', 'the site is misconfigured at its hosting service (error 522)'],
    ['origin_error', "the site's server could not deliver the page (error 522)"],
  ];
  it.each(edges)('down behind an edge: %s', (reason, words) => {
    expect(downReason(en, down('http', { httpStatus: 522, evidence: { vendor: 'Cloudflare', edge: { reason, code: 522 } } }), SITE)).toBe(words);
  });

  const shields: Array<[ShieldKind, string]> = [
    ['challenge', "the site's protection asked for a browser check"],
    ['bot_check', "the site's protection asked for a bot check"],
    ['check', "the site's protection is checking visitors"],
    ['block', "the site's protection blocked Vigil's check"],
    ['firewall', "the site's firewall blocked Vigil's check"],
    ['geo_block', "the site's protection blocks visitors from your region"],
    ['rate_limit', "the site's protection asks to slow down: too many requests"],
  ];
  it.each(shields)('shielded: %s', (shield, words) => {
    expect(stateReason(en, state(result({ outcome: 'shielded', httpStatus: 403, evidence: { vendor: 'Akamai', shield, fingerprint: 'Akamai x' } }), 'shielded'), SITE)).toBe(`Shielded — ${words}`);
  });

  it.each([
    ['dns', 'net::ERR_NAME_NOT_RESOLVED', 'the name does not resolve (DNS)'],
    ['refused', 'net::ERR_CONNECTION_REFUSED', 'the connection was refused'],
    ['refused', 'NS_ERROR_CONNECTION_REFUSED', 'the connection was refused'],
    ['tls', 'net::ERR_CERT_DATE_INVALID', 'the secure connection failed (certificate or TLS)'],
    ['timeout', 'net::ERR_TIMED_OUT', 'the connection timed out'],
    ['network', 'net::ERR_CONNECTION_RESET', 'the connection was reset'],
    ['network', 'net::ERR_RESPONSE_HEADERS_TOO_BIG', "the server's answer was too large for the browser to read"],
    ['network', 'net::ERR_ADDRESS_UNREACHABLE', 'the network is unreachable'],
    ['network', 'Failed to fetch', 'the connection failed'],
    ['network', undefined, 'the connection failed'],
    ['redirect', 'net::ERR_TOO_MANY_REDIRECTS', 'the site redirects in a loop'],
    ['redirect', 'net::ERR_UNSAFE_REDIRECT', 'the site redirects to an address that is not a web page (such as data: or javascript:)'],
  ] as const)('%s: %s', (cause, error, words) => {
    expect(downReason(en, down(cause, { evidence: error ? { error } : {} }), SITE)).toBe(words);
  });

  it('says the edge cases: a page left for another site, expected text, time limits, slow, offline', () => {
    expect(downReason(en, down('redirect', { evidence: { leftTo: 'login.example.org' } }), SITE)).toBe('the site sends visitors to another address (login.example.org)');
    expect(downReason(en, down('content'), {})).toBe('the page does not show the expected text');
    expect(downReason(en, down('timeout', { evidence: { timeoutSeconds: 10 } }), SITE)).toBe('the site did not answer within 10 s');
    expect(downReason(en, down('timeout', { httpStatus: 200, evidence: { timeoutSeconds: 10 } }), SITE)).toBe('the page did not finish within 10 s');
    expect(stateReason(en, state(result({ outcome: 'slow', ttfbMs: 3400 }), 'slow'), SITE)).toBe('Slow — the site took 3.4 sec to start answering');
    expect(stateReason(en, state(down('network'), 'offline'), SITE)).toBe('Offline — your connection appears to be down');
  });

  it('never shows an error name, a measurement or a vendor in the reason, in English or French', () => {
    const verdicts: SiteState[] = [
      ...edges.map(([reason]) => state(down('http', { httpStatus: 530, evidence: { vendor: 'Cloudflare', edge: { reason, code: 1016 }, error: 'x' } }), 'down')),
      ...shields.map(([shield]) => state(result({ outcome: 'shielded', evidence: { vendor: 'Myra', shield, fingerprint: 'Myra block' } }), 'shielded')),
      state(result({ outcome: 'shielded', evidence: { fingerprint: 'Anubis bot check' } }), 'shielded'),
      state(down('dns', { evidence: { error: 'net::ERR_NAME_NOT_RESOLVED' } }), 'down'),
      state(down('network', { evidence: { error: 'NS_ERROR_NET_RESET' } }), 'down'),
      state(down('http', { httpStatus: 503, evidence: { phases: { dnsMs: 1, connectMs: 2, tlsMs: 3, waitMs: 4, firstByteMs: 10 } } }), 'down'),
    ];
    for (const tr of [en, fr]) for (const s of verdicts) expect(stateReason(tr, s, SITE)).not.toMatch(DEVELOPER_WORDS);
  });

  it('keeps what the reason leaves out in the technical details: error name, vendor, timings, bytes', () => {
    const r = down('refused', { totalMs: 4, bytesRead: 0, evidence: { error: 'net::ERR_CONNECTION_REFUSED' } });
    expect(Object.fromEntries(technicalDetails(en, r).map((d) => [d.fact, d.value]))).toMatchObject({ error: 'net::ERR_CONNECTION_REFUSED', total: '4 ms', read: '0 byte' });
    const shielded = result({ outcome: 'shielded', httpStatus: 429, evidence: { fingerprint: 'Anubis bot check', retryAfterSeconds: 120, truncated: true }, bytesRead: 600_000 });
    expect(Object.fromEntries(technicalDetails(en, shielded).map((d) => [d.fact, d.value]))).toMatchObject({ answered_by: 'Anubis bot check', retry_after: '2 min', read: '586 kB (cut at the cap)' });
    const hung = down('timeout', { evidence: { timeoutSeconds: 10 }, totalMs: 10_000 });
    expect(technicalDetails(fr, hung).find((d) => d.fact === 'time_limit')).toEqual({ fact: 'time_limit', label: 'Abandon au bout de', value: formatMs(fr, 10_000) });
  });
});

describe('notices stored before the plain words', () => {
  const old = (reason: Message) => noticeWords(en, { id: 'down:1', kind: 'down', incidentId: 1, siteUrl: SITE.url, at: 0, reason, delivered: false }, 'EP').reason;

  it.each([
    [{ key: 'reason_http', subs: [503] }, 'The server says it is unavailable (HTTP 503)'],
    [{ key: 'shield_edge_unreachable', subs: ['Cloudflare', '522'] }, "The site's server cannot be reached (error 522)"],
    [{ key: 'reason_left_site', subs: ['example.org'] }, 'The site sends visitors to another address (example.org)'],
    [{ key: 'reason_text_missing', subs: ['Parliament'] }, 'The page does not show the expected text "Parliament"'],
    [{ key: 'reason_text_missing_any' }, 'The page does not show the expected text'],
    [{ key: 'reason_no_answer', subs: [20] }, 'The site did not answer within 20 s'],
    [{ key: 'reason_timeout' }, 'The site did not answer in time'],
    [{ key: 'net_headers_too_large' }, "The server's answer was too large for the browser to read"],
    [{ key: 'net_refused' }, 'The connection was refused'],
  ])('%j', (reason, words) => {
    expect(old(reason as unknown as Message)).toBe(words);
    expect(plainStoredReason(reason as unknown as Message).key).not.toMatch(/^(reason_(http|left|text|no_answer|timeout)|shield_edge|net_headers)/);
  });
});
