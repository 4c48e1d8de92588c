import { describe, expect, it } from 'vitest';
import { classifyResponse, parseRetryAfter, type ResponseFacts } from '../../../src/probe/classify';
import { allowedHosts, isOwnHost, registrableDomain } from '../../../src/probe/hosts';
import { causeOfNetError } from '../../../src/probe/net-errors';

const NOW = Date.parse('2026-11-25T10:00:00Z');

function facts(overrides: Partial<ResponseFacts> & { headerValues?: Record<string, string> }): ResponseFacts {
  const { headerValues, ...rest } = overrides;
  return {
    status: 200,
    headers: new Headers(headerValues ?? {}),
    finalUrl: 'https://www.europarl.europa.eu/portal/en',
    ttfbMs: 200,
    bodyStart: '<!doctype html><title>Home | European Parliament</title>',
    allowedHosts: ['europa.eu'],
    slowMs: 3000,
    now: NOW,
    ...rest,
  };
}

// Recorded response shapes: what each vendor and failure looks like from a browser.
const TABLE: Array<[string, Parameters<typeof facts>[0], string, string | undefined, string | undefined]> = [
  ['healthy page', {}, 'up', undefined, undefined],
  ['slow first byte', { ttfbMs: 4200 }, 'slow', undefined, undefined],
  ['Cloudflare managed challenge header', { status: 403, headerValues: { 'cf-mitigated': 'challenge', server: 'cloudflare' }, bodyStart: '<html>' }, 'shielded', undefined, 'Cloudflare challenge'],
  ['Cloudflare "Just a moment..." served 503', { status: 503, bodyStart: '<!DOCTYPE html><html><head><title>Just a moment...</title>' }, 'shielded', undefined, 'Cloudflare challenge'],
  ['Cloudflare challenge platform script', { status: 403, bodyStart: '<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script>' }, 'shielded', undefined, 'Cloudflare challenge'],
  ['Cloudflare _cf_chl_opt', { status: 200, bodyStart: '<script>window._cf_chl_opt={cvId: "3"}</script>' }, 'shielded', undefined, 'Cloudflare challenge'],
  ['Akamai edge block', { status: 403, headerValues: { server: 'AkamaiGHost' }, bodyStart: '<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD>' }, 'shielded', undefined, 'Akamai block'],
  ['Imperva incident page', { status: 200, bodyStart: '<html><iframe src="/_Incapsula_Resource?CWUDNSAI=1"></iframe>Incapsula incident ID: 123</html>' }, 'shielded', undefined, 'Imperva (Incapsula) check'],
  ['DDoS-Guard', { status: 403, headerValues: { server: 'ddos-guard' }, bodyStart: '<title>DDoS-Guard</title>' }, 'shielded', undefined, 'DDoS-Guard check'],
  ['Anubis served with 200', { status: 200, bodyStart: '<title>Making sure you&#39;re not a bot!</title><script id="anubis_challenge" type="application/json">' }, 'shielded', undefined, 'Anubis bot check'],
  ['rate limited 429', { status: 429, headerValues: { 'retry-after': '120' }, bodyStart: 'Too Many Requests' }, 'shielded', undefined, 'Rate limited (HTTP 429)'],
  ['plain 503', { status: 503, bodyStart: 'Service Unavailable' }, 'down', 'http', undefined],
  ['Cloudflare 522: down behind the edge', { status: 522, headerValues: { server: 'cloudflare' }, bodyStart: 'error code: 522' }, 'down', 'http', 'Cloudflare: unreachable (522)'],
  ['429 with an edge’s mark names the edge', { status: 429, headerValues: { server: 'myracloud' }, bodyStart: '' }, 'shielded', undefined, 'Myra Security rate limit'],
  ['Akamai 503 origin error is not a block', { status: 503, headerValues: { server: 'AkamaiGHost' }, bodyStart: '<HTML><HEAD><TITLE>Error</TITLE></HEAD><BODY>An error occurred while processing your request.<p>Reference&#32;&#35;97&#46;7a2d1402&#46;1700000000&#46;2c1f9d04</BODY></HTML>' }, 'down', 'http', 'Akamai: origin error'],
  ['404', { status: 404, bodyStart: 'Not found' }, 'down', 'http', undefined],
  ['Cloudflare server header on a healthy page is not a challenge', { headerValues: { server: 'cloudflare', 'cf-ray': '1-AMS' } }, 'up', undefined, undefined],
  ['Akamai server header on a healthy page is not a block', { headerValues: { server: 'AkamaiGHost' } }, 'up', undefined, undefined],
  ['redirect within the registrable domain', { finalUrl: 'https://europarl.europa.eu/news' }, 'up', undefined, undefined],
  ['redirect to another site', { finalUrl: 'https://parked.example.org/' }, 'down', 'redirect', undefined],
  ['expected text missing', { expectFound: false }, 'down', 'content', undefined],
  ['expected text found, slow', { expectFound: true, ttfbMs: 3500 }, 'slow', undefined, undefined],
];

describe('classifyResponse', () => {
  it.each(TABLE)('%s', (_name, input, outcome, cause, fingerprint) => {
    const verdict = classifyResponse(facts(input));
    expect(verdict.outcome).toBe(outcome);
    expect(verdict.cause).toBe(cause);
    expect(verdict.evidence.fingerprint).toBe(fingerprint);
  });

  it('keeps the Retry-After of a rate limit and names the host a redirect left for', () => {
    expect(classifyResponse(facts({ status: 429, headerValues: { 'retry-after': '90' } })).evidence.retryAfterSeconds).toBe(90);
    expect(classifyResponse(facts({ finalUrl: 'http://localhost:8080/ok', allowedHosts: ['127.0.0.1'] })).evidence.leftTo).toBe('localhost');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, caps absurd values', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120);
    expect(parseRetryAfter(new Date(NOW + 30_000).toUTCString(), NOW)).toBe(30);
    expect(parseRetryAfter('99999999', NOW)).toBe(86400);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});

describe('registrableDomain', () => {
  it('reads the site’s own domain from the Public Suffix List', () => {
    expect(registrableDomain('www.europarl.europa.eu')).toBe('europa.eu');
    expect(registrableDomain('www.gov.uk')).toBe('www.gov.uk'); // gov.uk is a public suffix
    expect(registrableDomain('www.ons.gov.uk')).toBe('ons.gov.uk');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('[::1]')).toBe('[::1]');
    expect(registrableDomain('WWW.Interior.GOB.ES.')).toBe('interior.gob.es');
  });

  it('keeps public bodies under a shared public suffix apart', () => {
    // gob.es, roma.it, uw.gov.pl and riik.ee are public suffixes: each body below them is its own site.
    expect(registrableDomain('www.lamoncloa.gob.es')).toBe('lamoncloa.gob.es');
    expect(registrableDomain('www.interior.gob.es')).toBe('interior.gob.es');
    expect(registrableDomain('www.comune.roma.it')).toBe('comune.roma.it');
    expect(registrableDomain('www.turismo.roma.it')).toBe('turismo.roma.it');
    expect(registrableDomain('bip.krakow.uw.gov.pl')).toBe('krakow.uw.gov.pl');
    expect(registrableDomain('www.gdansk.uw.gov.pl')).toBe('gdansk.uw.gov.pl');
    expect(registrableDomain('www.politsei.riik.ee')).toBe('politsei.riik.ee');
    expect(registrableDomain('www.valitsus.riik.ee')).toBe('valitsus.riik.ee');
  });

  it('so a redirect from one ministry to another leaves the site', () => {
    const hosts = allowedHosts('https://www.lamoncloa.gob.es/', undefined);
    expect(hosts).toEqual(['lamoncloa.gob.es']);
    expect(isOwnHost('transparencia.lamoncloa.gob.es', hosts)).toBe(true);
    expect(isOwnHost('www.interior.gob.es', hosts)).toBe(false);
    expect(classifyResponse(facts({ finalUrl: 'https://www.interior.gob.es/', allowedHosts: hosts }))).toMatchObject({ outcome: 'down', cause: 'redirect', evidence: { leftTo: 'www.interior.gob.es' } });
  });
});

describe('causeOfNetError', () => {
  it.each([
    ['net::ERR_NAME_NOT_RESOLVED', 'dns'],
    ['NS_ERROR_UNKNOWN_HOST', 'dns'],
    ['net::ERR_CONNECTION_REFUSED', 'refused'],
    ['NS_ERROR_CONNECTION_REFUSED', 'refused'],
    ['net::ERR_CERT_DATE_INVALID', 'tls'],
    ['SEC_ERROR_UNKNOWN_ISSUER', 'tls'],
    ['net::ERR_TIMED_OUT', 'timeout'],
    ['net::ERR_TOO_MANY_REDIRECTS', 'redirect'],
    ['NS_ERROR_REDIRECT_LOOP', 'redirect'],
    ['net::ERR_CONNECTION_RESET', 'network'],
    ['net::ERR_RESPONSE_HEADERS_TOO_BIG', 'network'],
    [undefined, 'network'],
  ])('%s → %s', (error, cause) => {
    expect(causeOfNetError(error).cause).toBe(cause);
  });
});
