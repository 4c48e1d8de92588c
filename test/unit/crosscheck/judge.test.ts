import { describe, expect, it } from 'vitest';
import type { HttpTestResult, MeasurementResultItem } from '../../../src/crosscheck/api';
import { headerReader, judgeProbe } from '../../../src/crosscheck/judge';

// Result shapes as the spec's example (getHttpMeasurementResponse) and FailedTestResult give them.
const probe = { continent: 'EU', region: 'Western Europe', country: 'DE', state: null, city: 'Frankfurt', asn: 3320, network: 'Deutsche Telekom AG', latitude: 50.1, longitude: 8.7, tags: [], resolvers: ['private'] };
const item = (result: HttpTestResult): MeasurementResultItem => ({ probe, result });
const finished = (statusCode: number, headers: Record<string, string | string[]>, rawBody: string | null, total = 325): HttpTestResult => ({
  status: 'finished',
  statusCode,
  headers,
  rawBody,
  truncated: false,
  timings: { total, download: 1, firstByte: 219, dns: 37, tls: 36, tcp: 32 },
});

describe('judging a remote probe with Vigil\'s own rules', () => {
  it('a 200 from the site is up, with where, the status and the total time', () => {
    expect(judgeProbe(item(finished(200, { 'content-type': 'text/html', server: 'cloudflare', 'cf-ray': '7e6bdb9999778a57-NRT' }, '<html><title>Parliament</title></html>')))).toEqual({
      country: 'DE', city: 'Frankfurt', asn: 3320, network: 'Deutsche Telekom AG', continent: 'EU', verdict: 'up', httpStatus: 200, timeMs: 325,
    });
  });

  it('a Cloudflare challenge seen from afar is shielded, not down', () => {
    const body = '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>';
    const judged = judgeProbe(item(finished(403, { server: 'cloudflare', 'cf-mitigated': 'challenge' }, body)));
    expect(judged).toMatchObject({ verdict: 'shielded', fingerprint: 'Cloudflare challenge', httpStatus: 403 });
  });

  it('the fingerprint table reads headers given as arrays, as the spec allows for repeated headers', () => {
    expect(headerReader({ Server: ['AkamaiGHost', 'x'] }).get('server')).toBe('AkamaiGHost, x');
    expect(judgeProbe(item(finished(403, { server: ['AkamaiGHost'] }, '<html>Access denied</html>')))).toMatchObject({ verdict: 'shielded', fingerprint: 'Akamai block' });
  });

  it('a 3xx is an answer (the probes follow no redirect), a 5xx and a 403 are down/http, a 429 is shielded', () => {
    expect(judgeProbe(item(finished(301, { location: 'https://elsewhere.example/' }, null)))).toMatchObject({ verdict: 'up', httpStatus: 301 });
    expect(judgeProbe(item(finished(503, {}, 'Service Unavailable')))).toMatchObject({ verdict: 'down', cause: 'http', httpStatus: 503 });
    expect(judgeProbe(item(finished(403, { server: 'nginx' }, 'Forbidden')))).toMatchObject({ verdict: 'down', cause: 'http' });
    expect(judgeProbe(item(finished(429, {}, '')))).toMatchObject({ verdict: 'shielded', fingerprint: 'Rate limited (HTTP 429)' });
  });

  it('a slow first byte is slow, still reachable', () => {
    const slow = { ...finished(200, {}, 'ok', 5200), timings: { total: 5200, firstByte: 5000, dns: 1, tcp: 1, tls: 1, download: 1 } };
    expect(judgeProbe(item(slow))).toMatchObject({ verdict: 'slow', timeMs: 5200 });
  });

  it('a failure by the target is unreachable, by the resolver dns; internal and offline are left out', () => {
    expect(judgeProbe(item({ status: 'failed', failureSource: 'target', rawOutput: 'Timeout' }))).toMatchObject({ verdict: 'down', cause: 'network' });
    expect(judgeProbe(item({ status: 'failed', failureSource: 'resolver', rawOutput: 'ENOTFOUND' }))).toMatchObject({ verdict: 'down', cause: 'dns' });
    expect(judgeProbe(item({ status: 'failed', rawOutput: 'x' }))).toMatchObject({ verdict: 'down', cause: 'network' });
    expect(judgeProbe(item({ status: 'failed', failureSource: 'internal', rawOutput: 'Probe error' }))).toEqual({ excluded: true, why: 'internal' });
    expect(judgeProbe(item({ status: 'offline', rawOutput: '' }))).toEqual({ excluded: true, why: 'offline' });
  });
});
