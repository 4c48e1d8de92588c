// Proves the e2e harness's fault server: it plays each kind of site the end-to-end tests need,
// checked from Node (fetch, or raw http for what fetch refuses or would inflate).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import zlib from 'node:zlib';
import { startFaultServer, startRefusedPort } from '../fixtures/fault-server.mjs';

/** @type {Awaited<ReturnType<typeof startFaultServer>>} */
let server;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server?.close());

/** @param {string} p @param {RequestInit} [init] */
const get = (p, init) => fetch(server.url(p), { redirect: 'manual', ...init });

/** Raw GET for what undici's fetch refuses or would inflate: returns status, headers and first bytes. */
function rawGet(/** @type {string} */ p, maxBytes = 64 * 1024) {
  return new Promise((resolve, reject) => {
    const req = http.get(server.url(p), { maxHeaderSize: 1 << 20 }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      let n = 0;
      res.on('data', (c) => {
        chunks.push(c);
        n += c.length;
        if (n >= maxBytes) req.destroy();
      });
      const done = () => resolve({ status: res.statusCode, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) });
      res.on('end', done);
      res.on('close', done);
    });
    req.on('error', reject);
  });
}

describe('fault server (Node fetch)', () => {
  it('serves healthy pages under /ok and /ok/*', async () => {
    for (const p of ['/ok', '/ok/site-42']) {
      const r = await get(p);
      const body = await r.text();
      expect(r.status).toBe(200);
      expect(body).toContain('<title>Healthy site</title>');
      expect(body).toContain('Parliament');
    }
    expect(await (await get('/no-text')).text()).not.toContain('Parliament');
  });

  it('delays the first byte of /slow', async () => {
    const t = Date.now();
    const r = await get('/slow?ms=300');
    expect(r.status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(290);
  });

  it('answers /status/<code> with that code', async () => {
    for (const code of [200, 204, 404, 418, 500, 502, 503]) {
      expect((await get(`/status/${code}`)).status).toBe(code);
    }
  });

  it('plays challenges and rate limits', async () => {
    const cf = await get('/challenge/cloudflare');
    expect(cf.status).toBe(403);
    expect(cf.headers.get('cf-mitigated')).toBe('challenge');
    expect(cf.headers.get('server')).toBe('cloudflare');
    const cfBody = await cf.text();
    expect(cfBody).toContain('<title>Just a moment...</title>');
    expect(cfBody).toContain('/cdn-cgi/challenge-platform/');
    const anubis = await get('/challenge/200');
    expect(anubis.status).toBe(200);
    expect(await anubis.text()).toMatch(/not a bot/);
    const rl = await get('/ratelimit');
    expect(rl.status).toBe(429);
    expect(rl.headers.get('retry-after')).toBe('120');
  });

  it('redirects inside the site, away to localhost, and in a loop', async () => {
    const internal = await get('/redirect/internal', { redirect: 'follow' });
    expect(internal.redirected).toBe(true);
    expect(internal.url).toBe(server.url('/ok'));
    const away = await get('/redirect/away', { redirect: 'follow' });
    expect(away.status).toBe(200);
    expect(away.url).toBe(`http://localhost:${server.port}/ok`);
    const loop = await get('/redirect/loop');
    expect(loop.status).toBe(302);
    expect(loop.headers.get('location')).toBe('/redirect/loop');
    await expect(get('/redirect/loop', { redirect: 'follow' })).rejects.toThrow();
  });

  it('resets, hangs until aborted, and streams endlessly until cancelled', async () => {
    const reset = await get('/reset').catch((e) => e);
    expect(reset).toBeInstanceOf(TypeError);
    expect(reset.cause?.code).toBe('ECONNRESET');

    const hang = await get('/hang', { signal: AbortSignal.timeout(300) }).catch((e) => e);
    expect(hang.name).toBe('TimeoutError');

    const endless = await get('/endless');
    const reader = /** @type {ReadableStream<Uint8Array>} */ (endless.body).getReader();
    let n = 0;
    while (n < 2 * 1024 * 1024) n += (await reader.read()).value?.length ?? 0;
    await reader.cancel();
    expect(n).toBeGreaterThanOrEqual(2 * 1024 * 1024);
  });

  it('sends big, bomb and huge-header responses', async () => {
    const big = await get('/big?mb=5');
    expect(big.headers.get('content-length')).toBe(String(5 * 1024 * 1024));
    expect((await big.arrayBuffer()).byteLength).toBe(5 * 1024 * 1024);

    const bomb = /** @type {any} */ (await rawGet('/gzip-bomb', Infinity));
    expect(bomb.headers['content-encoding']).toBe('gzip');
    expect(bomb.body.length).toBeLessThan(2 * 1024 * 1024);
    // Inflate just the first 16 MB: enough to see it is zeros that would go on for ~1 GB.
    const head = zlib.gunzipSync(bomb.body.subarray(0, 16 * 1024), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    expect(head.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(head.every((/** @type {number} */ b) => b === 0)).toBe(true);

    const huge = /** @type {any} */ (await rawGet('/huge-headers'));
    const headerBytes = huge.rawHeaders.reduce((/** @type {number} */ s, /** @type {string} */ h) => s + h.length, 0);
    expect(headerBytes).toBeGreaterThan(190 * 1024);
    await expect(get('/huge-headers')).rejects.toThrow(); // undici caps headers at 16 KB
  });

  it('fails /flaky once, then recovers; resetHits re-arms it', async () => {
    server.resetHits('/flaky');
    expect((await get('/flaky')).status).toBe(503);
    expect((await get('/flaky')).status).toBe(200);
    server.resetHits('/flaky');
    expect((await get('/flaky')).status).toBe(503);
  });

  it('lets a test flip a route, and counts hits and headers', async () => {
    server.resetHits();
    server.setRoute('/site', { status: 503, headers: { 'x-why': 'down' } });
    const down = await get('/site?x=1');
    expect(down.status).toBe(503);
    expect(down.headers.get('x-why')).toBe('down');
    server.setRoute('/site', { status: 200, body: 'back', delayMs: 50 });
    expect(await (await get('/site', { headers: { 'x-probe': 'yes' } })).text()).toBe('back');
    server.setRoute('/site', (_req, res) => res.writeHead(201).end());
    expect((await get('/site')).status).toBe(201);
    server.setRoute('/site', 'reset');
    await expect(get('/site')).rejects.toThrow();
    server.setRoute('/site', 'hang');
    expect((await get('/site', { signal: AbortSignal.timeout(200) }).catch((e) => e)).name).toBe('TimeoutError');
    server.setRoute('/site', null);
    expect((await get('/site')).status).toBe(404);
    expect(server.hits('/site')).toBe(6);
    expect(server.lastHeaders('/site')?.['x-probe']).toBeUndefined();
    await get('/ok', { headers: { 'x-probe': 'yes' } });
    expect(server.lastHeaders('/ok')?.['x-probe']).toBe('yes');
  });

  it('gives a refused port, and closes with hanging and endless sockets open', async () => {
    const port = await startRefusedPort();
    const refused = await fetch(`http://127.0.0.1:${port}/`).catch((e) => e);
    expect(refused.cause?.code).toBe('ECONNREFUSED');

    const other = await startFaultServer();
    const pending = fetch(other.url('/hang')).catch((e) => e);
    const streaming = await fetch(other.url('/endless'));
    const t = Date.now();
    await other.close();
    expect(Date.now() - t).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
    await streaming.body?.cancel().catch(() => {});
  });
});
