import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Plain ESM fixture (JSDoc-typed), shared with the browser tests and the benchmark.
import { startFaultServer, startRefusedPort } from '../../fixtures/fault-server.mjs';
import { CAP_BYTES, HEAD_BYTES, NAVIGATION_HEADERS, probeSite, type ProbeDeps } from '../../../src/probe/probe';
import type { Site } from '../../../src/model';

// The probe against a real HTTP server, through Node's own fetch: the same code the worker runs.
let server: Awaited<ReturnType<typeof startFaultServer>>;
const deps: ProbeDeps = { fetch: (input, init) => fetch(input, init), now: () => performance.timeOrigin + performance.now() };

beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const site = (path: string, extra: Partial<Site> = {}): Site => ({ url: server.url(path), name: path, ...extra });
const probe = (s: Site, timeoutMs = 3000, more: Partial<ProbeDeps> = {}) => probeSite(s, { timeoutMs }, { ...deps, ...more });

describe('probeSite on a live server', () => {
  it('a healthy page is up, with status, timings and a small read', async () => {
    const r = await probe(site('/ok'));
    expect(r).toMatchObject({ outcome: 'up', httpStatus: 200 });
    expect(r.finalUrl).toBeUndefined(); // no redirect: the site's own URL is not stored twice
    expect(r.ttfbMs).toBeGreaterThanOrEqual(0);
    expect(r.totalMs).toBeGreaterThanOrEqual(r.ttfbMs!);
  });

  it('reads only the first chunk of a 5 MB page', async () => {
    const r = await probe(site('/big?mb=5'));
    expect(r.outcome).toBe('up');
    expect(r.bytesRead).toBe(HEAD_BYTES);
  });

  it('an endless body without the expected text ends at the cap as a content failure', async () => {
    const r = await probe(site('/endless', { expectText: 'never-there' }));
    expect(r).toMatchObject({ outcome: 'down', cause: 'content', evidence: { truncated: true } });
    expect(r.bytesRead).toBe(CAP_BYTES);
  });

  it('finds the expected text, or says it is missing', async () => {
    expect((await probe(site('/ok', { expectText: 'parliament' }))).outcome).toBe('up');
    expect(await probe(site('/no-text', { expectText: 'Parliament' }))).toMatchObject({ outcome: 'down', cause: 'content' });
  });

  it('a hang is a timeout within the limit', async () => {
    const r = await probe(site('/hang'), 400);
    expect(r).toMatchObject({ outcome: 'down', cause: 'timeout' });
    expect(r.totalMs).toBeLessThan(3000);
  });

  it('HTTP errors keep their status', async () => {
    expect(await probe(site('/status/503'))).toMatchObject({ outcome: 'down', cause: 'http', httpStatus: 503 });
    expect(await probe(site('/status/404'))).toMatchObject({ outcome: 'down', cause: 'http', httpStatus: 404 });
  });

  it('asks like a browser’s first navigation, so a layer that refuses other clients shows the page', async () => {
    server.resetHits('/browser-only');
    expect(await probe(site('/browser-only'))).toMatchObject({ outcome: 'up', httpStatus: 200 });
    expect(server.lastHeaders('/browser-only')).toMatchObject({ accept: NAVIGATION_HEADERS.accept, 'upgrade-insecure-requests': '1' });
    // The same probe asking as fetch does by default (accept: */*) gets Cloudflare's bare 1020.
    const asFetchDefault: ProbeDeps['fetch'] = (input, init) => fetch(input, { ...init, headers: {} });
    expect(await probe(site('/browser-only'), 3000, { fetch: asFetchDefault })).toMatchObject({ outcome: 'shielded', httpStatus: 403, evidence: { vendor: 'Cloudflare', shield: 'block', fingerprint: 'Cloudflare block (1020)' } });
  });

  it('a recorded shield case is served as recorded', async () => {
    expect(await probe(site('/shield/cloudflare-522'))).toMatchObject({ outcome: 'down', cause: 'http', httpStatus: 522, evidence: { vendor: 'Cloudflare', edge: { reason: 'unreachable', code: 522 } } });
    expect(await probe(site('/shield/myra-403'))).toMatchObject({ outcome: 'shielded', httpStatus: 403, evidence: { vendor: 'Myra Security' } });
  });

  it('challenges and rate limits are shielded, with the vendor and Retry-After', async () => {
    expect(await probe(site('/challenge/cloudflare'))).toMatchObject({ outcome: 'shielded', evidence: { fingerprint: 'Cloudflare challenge' } });
    expect(await probe(site('/challenge/200'))).toMatchObject({ outcome: 'shielded', httpStatus: 200 });
    expect(await probe(site('/ratelimit'))).toMatchObject({ outcome: 'shielded', evidence: { retryAfterSeconds: 120 } });
  });

  it('a redirect within the site is fine; one to another host is down/redirect', async () => {
    expect(await probe(site('/redirect/internal'))).toMatchObject({ outcome: 'up', finalUrl: server.url('/ok') });
    expect(await probe(site('/redirect/away'))).toMatchObject({ outcome: 'down', cause: 'redirect', evidence: { leftTo: 'localhost' } });
  });

  it('a slow first byte is slow', async () => {
    expect((await probe(site('/slow?ms=300', { slowMs: 100 }))).outcome).toBe('slow');
  });

  it('a refused connection takes its cause from the browser’s error when there is one', async () => {
    const port = await startRefusedPort();
    const refused: Site = { url: `http://127.0.0.1:${port}/`, name: 'refused' };
    expect(await probe(refused)).toMatchObject({ outcome: 'down', cause: 'network' });
    const explained = await probe(refused, 3000, { explainFailure: async () => 'net::ERR_CONNECTION_REFUSED' });
    expect(explained).toMatchObject({ outcome: 'down', cause: 'refused', evidence: { error: 'net::ERR_CONNECTION_REFUSED' } });
  });

  it('sends no cookies and no cache validators', async () => {
    await probe(site('/ok/headers'));
    const headers = server.lastHeaders('/ok/headers');
    expect(headers?.cookie).toBeUndefined();
    expect(headers?.['if-none-match']).toBeUndefined();
  });
});

describe('time to first byte', () => {
  it('takes the network’s own figure from Resource Timing when the browser gives one', async () => {
    const server2 = await startFaultServer();
    try {
      const s: Site = { url: server2.url('/slow?ms=300'), name: 'slow', slowMs: 250 };
      const phases = () => ({ dnsMs: 0, connectMs: 1, tlsMs: 0, waitMs: 100, firstByteMs: 101 });
      const r = await probeSite(s, { timeoutMs: 3000 }, { ...deps, phases });
      // The event loop saw ~300 ms; the network's 101 ms decides, and is what makes it not slow.
      expect(r).toMatchObject({ outcome: 'up', ttfbMs: 101, evidence: { phases: { firstByteMs: 101 } } });
    } finally {
      await server2.close();
    }
  });
});
