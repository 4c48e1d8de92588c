// How much of a large healthy page a probe costs the site. A counting route on the fault server
// sends a 5 MB page in 16 KB writes with backpressure and counts the body bytes the kernel
// accepted (each write's callback) until the client finished or went away: that is what left the
// server. Vigil's own view is the sample's `bytesRead` (what its probe code took from the stream).
import { waitFor } from '../lib/browsers.mjs';
import { samplesOf, setWatchlist, watchlistOf } from './extension.mjs';
import { median } from './stats.mjs';

const CHUNK = 16 * 1024;
/** Finer writes when paced, so the pacing is not one 16 KB burst. */
const PACED_CHUNK = 4 * 1024;
/** 50 Mbit/s. */
const LINK_BYTES_PER_S = 6_250_000;

/**
 * @typedef {{tag: string, rate: number, bodyBytes: number, accepted: number, complete: boolean, socketBytes: number, ms: number}} SendRecord
 */

/** A page like the fault server's /big: a healthy head, then filler in an HTML comment. @param {number} size */
function bigPage(size) {
  const head = Buffer.from(
    '<!doctype html><html><head><title>Healthy site</title></head><body>' +
      '<h1>European Parliament</h1><p>Welcome to the Parliament website.</p><!--',
  );
  const tail = Buffer.from('--></body></html>');
  const body = Buffer.alloc(size, 'x');
  head.copy(body, 0);
  tail.copy(body, size - tail.length);
  return body;
}

/**
 * Installs `path` on the server; `?mb=N&tag=T` picks the size and labels the record.
 * @param {Awaited<ReturnType<typeof import('../../test/fixtures/fault-server.mjs').startFaultServer>>} server
 * @param {string} path
 */
export function installCountingRoute(server, path) {
  /** @type {Map<string, SendRecord>} */
  const records = new Map();
  /** @type {Map<number, Buffer>} */
  const pages = new Map();
  server.setRoute(path, (req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const size = Math.round(Number(u.searchParams.get('mb') ?? 5) * 1024 * 1024);
    const tag = u.searchParams.get('tag') ?? 'untagged';
    let body = pages.get(size);
    if (!body) pages.set(size, (body = bigPage(size)));
    const page = body;
    const started = performance.now();
    const socketStart = req.socket.bytesWritten;
    const record = { tag, rate: Number(u.searchParams.get('rate') ?? 0), bodyBytes: size, accepted: 0, complete: false, socketBytes: 0, ms: 0 };
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(size), 'cache-control': 'no-store' });
    let offset = 0;
    let gone = false;
    // ?rate=B: send at most B bytes per second, as a link of that speed would deliver them.
    const rate = Number(u.searchParams.get('rate') ?? 0);
    const pump = () => {
      while (!gone && offset < size) {
        if (rate && offset >= ((performance.now() - started) / 1000) * rate) return void setTimeout(pump, 1);
        const chunk = page.subarray(offset, offset + (rate ? PACED_CHUNK : CHUNK));
        offset += chunk.length;
        // The callback runs once the kernel took the chunk; on a dropped connection it gets an error.
        const more = res.write(chunk, (err) => {
          if (!err) record.accepted += chunk.length;
        });
        if (!more) return void res.once('drain', pump);
      }
      if (!gone) res.end();
    };
    res.on('close', () => {
      gone = true;
      record.complete = res.writableFinished;
      record.socketBytes = req.socket.bytesWritten - socketStart;
      record.ms = performance.now() - started;
      records.set(tag, record);
    });
    pump();
  });
  return {
    /** @param {string} tag */
    record: (tag) => waitFor(() => records.get(tag), { timeout: 15_000, message: `the server to finish sending "${tag}"` }),
  };
}

/**
 * @param {import('./extension.mjs').Handle} handle
 * @param {Awaited<ReturnType<typeof import('../../test/fixtures/fault-server.mjs').startFaultServer>>} server
 * @param {{mb: number, n: number}} options  n probes of the default kinds, n/3 with the expected
 *   text (how much arrives before the cancel depends on timing, so one probe is not a figure)
 */
export async function measureBytes(handle, server, { mb, n }) {
  const route = installCountingRoute(server, '/bench/big');
  const url = (/** @type {string} */ tag) => server.url(`/bench/big?mb=${mb}&tag=${tag}`);

  // Baseline: a plain GET that reads the whole page.
  const full = await fetch(url('full'), { cache: 'no-store' });
  const fullRead = (await full.arrayBuffer()).byteLength;
  const fullSent = await route.record('full');

  // Vigil as configured by default (no expected text: the first 16 KB decide) and with an expected
  // text the page lacks (it reads up to the 512 KB cap), the server paced to a 50 Mbit/s link; and
  // the default again over bare loopback, where the whole page can arrive before the cancel does.
  const paced = `&rate=${LINK_BYTES_PER_S}`;
  const kinds = [
    { kind: 'head', n, query: paced, extra: {} },
    { kind: 'cap', n: Math.ceil(n / 3), query: paced, extra: { expectText: 'text this page does not contain' } },
    { kind: 'loopback', n, query: '', extra: {} },
  ];
  const sites = kinds.flatMap(({ kind, n: count, query, extra }) =>
    Array.from({ length: count }, (_, i) => ({ kind, tag: `${kind}-${i + 1}`, site: { url: url(`${kind}-${i + 1}`) + query, name: `Big page ${kind} ${i + 1}`, ...extra } })),
  );
  const since = Date.now();
  await setWatchlist(handle, watchlistOf(sites.map((s) => s.site), { canaries: [server.url('/ok/canary')] }));
  const samples = await waitFor(
    async () => {
      const all = (await samplesOf(handle, sites.map((s) => s.site.url))).filter((/** @type {{at: number}} */ s) => s.at >= since);
      return sites.every(({ site }) => all.some((/** @type {{siteUrl: string}} */ s) => s.siteUrl === site.url)) ? all : undefined;
    },
    { timeout: 30_000, message: 'the big-page probes to be stored' },
  );
  /** @type {Array<{kind: string, read: number, sent: number, complete: boolean, serverMs: number, ttfbMs: number, totalMs: number, outcome: string, cause?: string}>} */
  const probes = [];
  for (const { kind, tag, site } of sites) {
    const sample = samples.find((/** @type {{siteUrl: string}} */ s) => s.siteUrl === site.url);
    const sent = await route.record(tag);
    probes.push({ kind, read: sample.bytesRead, sent: sent.accepted, complete: sent.complete, serverMs: Math.round(sent.ms * 10) / 10, ttfbMs: sample.ttfbMs, totalMs: sample.totalMs, outcome: sample.outcome, cause: sample.cause });
  }
  const of = (/** @type {string} */ kind) => {
    const these = probes.filter((p) => p.kind === kind);
    const read = median(these.map((p) => p.read));
    const sent = median(these.map((p) => p.sent));
    return {
      n: these.length,
      read,
      sent,
      readRatio: read / fullRead,
      sentRatio: sent / fullSent.accepted,
      readMax: Math.max(...these.map((p) => p.read)),
      sentMax: Math.max(...these.map((p) => p.sent)),
      sentWholePage: these.filter((p) => p.complete).length,
      outcomes: [...new Set(these.map((p) => p.cause ? `${p.outcome}/${p.cause}` : p.outcome))],
    };
  };
  return { pageBytes: fullSent.bodyBytes, full: { read: fullRead, sent: fullSent.accepted }, linkBytesPerSecond: LINK_BYTES_PER_S, vigil: of('head'), vigilCap: of('cap'), vigilLoopback: of('loopback'), probes };
}
