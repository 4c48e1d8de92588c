import { describe, expect, it } from 'vitest';
import { clockTime, formatBytes, formatDuration, formatMs } from '../../../src/i18n/format';
import { downDraft, noticeWords, recoveredDraft } from '../../../src/monitor/notice-text';
import { evidenceLine, stateReason } from '../../../src/monitor/reason';
import { technicalDetails } from '../../../src/monitor/technical-details';
import { summarise } from '../../../src/monitor/glance';
import type { SiteState } from '../../../src/model';
import { SITE, down, en, result } from '../helpers';

const state = (last: SiteState['last'], status: SiteState['status']): SiteState => ({ siteUrl: SITE.url, status, since: 0, nextDueAt: 0, failures: 0, ...(last ? { last } : {}) });

describe('the verdict in words', () => {
  it.each([
    [state(result(), 'up'), 'Up'],
    [state(result({ outcome: 'slow', ttfbMs: 4200 }), 'slow'), 'Slow — the site took 4.2 sec to start answering'],
    [state(result({ outcome: 'shielded', evidence: { fingerprint: 'Cloudflare challenge' } }), 'shielded'), "Shielded — the site's protection asked for a browser check"],
    [state(down('http'), 'down'), 'Down — the server says it is unavailable (HTTP 503)'],
    [state(down('redirect', { evidence: { leftTo: 'example.org' } }), 'down'), 'Down — the site sends visitors to another address (example.org)'],
    [state(down('redirect', { evidence: { error: 'net::ERR_TOO_MANY_REDIRECTS' } }), 'down'), 'Down — the site redirects in a loop'],
    [state(down('dns', { evidence: { error: 'net::ERR_NAME_NOT_RESOLVED' } }), 'down'), 'Down — the name does not resolve (DNS)'],
    [state(down('timeout', { evidence: { error: 'no answer within 20 s', timeoutSeconds: 20 } }), 'down'), 'Down — the site did not answer within 20 s'],
    [state(down('timeout', { httpStatus: 200, evidence: { error: 'the page did not finish within 20 s', timeoutSeconds: 20 } }), 'down'), 'Down — the page did not finish within 20 s'],
    [state(down('timeout', { evidence: { error: 'no answer within 20 s' } }), 'down'), 'Down — the site did not answer in time'],
    [state(down('timeout', { evidence: { error: 'net::ERR_TIMED_OUT' } }), 'down'), 'Down — the connection timed out'],
    [state(result({ outcome: 'shielded', httpStatus: 429, evidence: { fingerprint: 'Rate limited (HTTP 429)' } }), 'shielded'), 'Shielded — the site asks to slow down: too many requests (HTTP 429)'],
    [state(result({ outcome: 'shielded', evidence: { fingerprint: 'Imperva (Incapsula) check' } }), 'shielded'), "Shielded — the site's protection is checking visitors"],
    [state(result({ outcome: 'shielded', evidence: { fingerprint: 'Some future wall' } }), 'shielded'), "Shielded — the site's protection asked for a check"],
    [state(down('network', { evidence: { error: 'NS_ERROR_NET_RESET' } }), 'down'), 'Down — the connection was reset'],
    [state(down('http', { httpStatus: 522, evidence: { vendor: 'Cloudflare', edge: { reason: 'unreachable', code: 522 } } }), 'down'), "Down — the site's server cannot be reached (error 522)"],
    [state(down('http', { httpStatus: 530, evidence: { vendor: 'Cloudflare', edge: { reason: 'dns', code: 1016 } } }), 'down'), "Down — the site's server cannot be found (error 1016)"],
    [state(down('http', { httpStatus: 503, evidence: { vendor: 'Akamai', edge: { reason: 'origin_error' } } }), 'down'), "Down — the site's server could not deliver the page (error 503)"],
    [state(result({ outcome: 'shielded', httpStatus: 429, evidence: { fingerprint: 'Cloudflare rate limit (1015)', vendor: 'Cloudflare', shield: 'rate_limit' } }), 'shielded'), "Shielded — the site's protection asks to slow down: too many requests"],
    [state(result({ outcome: 'shielded', httpStatus: 403, evidence: { fingerprint: 'Amazon CloudFront geo block', vendor: 'Amazon CloudFront', shield: 'geo_block' } }), 'shielded'), "Shielded — the site's protection blocks visitors from your region"],
    [state(result({ outcome: 'shielded', evidence: { fingerprint: 'Myra Security block', vendor: 'Myra Security', shield: 'block' } }), 'shielded'), "Shielded — the site's protection blocked Vigil's check"],
    [state(down('network'), 'offline'), 'Offline — your connection appears to be down'],
    [undefined, 'Not checked yet'],
  ])('%#: %s', (s, words) => {
    expect(stateReason(en, s, SITE)).toBe(words);
  });

  it('names the expected text that is missing, and says Paused for a paused site', () => {
    expect(stateReason(en, state(down('content'), 'down'), { ...SITE, expectText: 'Parliament' })).toBe('Down — the page does not show the expected text "Parliament"');
    expect(stateReason(en, state(result(), 'up'), { ...SITE, paused: true })).toBe('Paused');
  });

  it('formats times, sizes and durations for people', () => {
    expect([formatMs(en, 87.4), formatMs(en, 1234), formatMs(en, 25_000)]).toEqual(['87 ms', '1.2 sec', '25 sec']);
    expect([formatBytes(en, 900), formatBytes(en, 16_384), formatBytes(en, 600_000), formatBytes(en, 5 * 1024 * 1024)]).toEqual(['900 byte', '16 kB', '586 kB', '5.0 MB']);
    expect([formatDuration(en, 10_000), formatDuration(en, 23 * 60_000), formatDuration(en, 125 * 60_000), formatDuration(en, 3 * 86_400_000)]).toEqual(['1 min', '23 min', '2 hr 5 min', '3 days']);
  });

  it('says the check in a few plain words, and keeps the measurements for the technical details', () => {
    const redirected = down('http', { finalUrl: 'https://europarl.europa.eu/maintenance', ttfbMs: 120, totalMs: 130, bytesRead: 2048, evidence: { phases: { dnsMs: 3, connectMs: 10, tlsMs: 8, waitMs: 95, firstByteMs: 118 } } });
    expect(evidenceLine(en, redirected)).toBe('answered in 130 ms · ended at https://europarl.europa.eu/maintenance');
    expect(evidenceLine(en, down('refused', { totalMs: 5, evidence: { error: 'net::ERR_CONNECTION_REFUSED' } }))).toBe('failed after 5 ms');
    expect(technicalDetails(en, redirected).map((d) => [d.fact, d.label, d.value])).toEqual([
      ['checked', 'Checked at', clockTime(en, redirected.at)],
      ['http', 'HTTP status', 'HTTP 503'],
      ['address', 'Final address', 'https://europarl.europa.eu/maintenance'],
      ['first_byte', 'First byte after', '120 ms'],
      ['total', 'Total time', '130 ms'],
      ['phases', 'Time by step', 'DNS 3 ms, connect 10 ms, TLS 8 ms, wait 95 ms'],
      ['read', 'Read', '2.0 kB'],
    ]);
  });
});

describe('notification texts', () => {
  it('say what failed, and how long it lasted', () => {
    const stored = (draft: ReturnType<typeof downDraft>) => ({ ...draft, id: `${draft.kind}:4`, incidentId: 4, delivered: false });
    const downNotice = stored(downDraft(SITE, down('http')));
    // Stored as data, in no language: the reason is a message key with its arguments.
    expect(downNotice.reason).toEqual({ key: 'plain_http_503', subs: ['503'] });
    expect(noticeWords(en, downNotice, SITE.name)).toEqual({ title: 'European Parliament is down', message: 'The server says it is unavailable (HTTP 503). Confirmed from your browser; your own connection works.', reason: 'The server says it is unavailable (HTTP 503)' });
    expect(noticeWords(en, stored(recoveredDraft(SITE, 0, result({ at: 23 * 60_000 }))), SITE.name)).toMatchObject({ title: 'European Parliament is back', message: 'Reachable again after 23 min down.' });
  });
});

describe('summary and badge', () => {
  const sites = [SITE, { url: 'https://b.eu/', name: 'B' }, { url: 'https://c.eu/', name: 'C' }];
  const states = (...statuses: SiteState['status'][]) => new Map(statuses.map((st, i) => [sites[i]!.url, { ...state(result(), st), siteUrl: sites[i]!.url }]));

  it.each([
    [states('up', 'slow', 'shielded'), 'All 3 sites reachable', '', 'Vigil — All 3 sites reachable'],
    [states('up', 'down', 'down'), '2 of 3 sites down', '2', 'Vigil — 2 of 3 down: B and C'],
    [states('offline', 'offline', 'offline'), 'Your connection appears to be down', 'off', 'Vigil — your connection appears to be down; the sites cannot be checked'],
    [new Map(), '3 sites not checked yet', '', 'Vigil — 3 sites not checked yet'],
    [states('up'), '1 of 3 sites reachable, 2 not checked yet', '', 'Vigil — 1 of 3 sites reachable, 2 not checked yet'],
  ])('%#', (st, line, badge, title) => {
    const summary = summarise(en, sites, st as Map<string, SiteState>);
    expect(summary.line).toBe(line);
    expect(summary.badge.text).toBe(badge);
    expect(summary.badge.title).toBe(title);
  });

  it('explains the empty watchlist', () => {
    expect(summarise(en, [], new Map()).line).toBe('No sites watched yet — add one in Options');
  });
});
