// Is the time to first byte Vigil reports the time a site really took? N probes of a page that
// answers after a known delay, through the extension (one watchlist of N distinct URLs on one host:
// they run one after another), against curl's time_starttransfer on the same URLs in the same run.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { samplesOf, setWatchlist, watchlistOf } from './extension.mjs';
import { median, summary } from './stats.mjs';
import { waitFor } from '../lib/browsers.mjs';

const run = promisify(execFile);

/** @param {string} url @returns {Promise<number>} ms */
async function curlTtfb(url) {
  const { stdout } = await run('curl', ['-s', '-o', '/dev/null', '--noproxy', '*', '-w', '%{time_starttransfer}', url]);
  const seconds = Number(stdout.trim());
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`curl printed "${stdout}" for ${url}`);
  return seconds * 1000;
}

/**
 * @param {import('./extension.mjs').Handle} handle
 * @param {Awaited<ReturnType<typeof import('../../test/fixtures/fault-server.mjs').startFaultServer>>} server
 * @param {{delayMs: number, n: number}} options
 */
export async function measureTtfb(handle, server, { delayMs, n }) {
  const urls = Array.from({ length: n }, (_, i) => server.url(`/slow?ms=${delayMs}&i=${i + 1}`));

  const curl = [];
  for (const url of urls) curl.push(await curlTtfb(url));

  const since = Date.now();
  await setWatchlist(handle, watchlistOf(urls.map((url, i) => ({ url, name: `Slow ${i + 1}` })), { canaries: [server.url('/ok/canary')] }));
  const samples = await waitFor(
    async () => {
      const all = (await samplesOf(handle, urls)).filter((/** @type {{at: number}} */ s) => s.at >= since);
      return all.length >= n ? all : undefined;
    },
    { timeout: 30_000 + n * delayMs, message: `${n} probes of /slow to be stored` },
  );
  const vigil = samples.map((/** @type {{ttfbMs: number}} */ s) => s.ttfbMs);
  const waits = samples.map((/** @type {{evidence?: {phases?: {waitMs: number}}}} */ s) => s.evidence?.phases?.waitMs).filter((/** @type {unknown} */ v) => typeof v === 'number');
  return {
    url: `/slow?ms=${delayMs}&i=1..${n}`,
    delayMs,
    vigil: summary(vigil),
    curl: summary(curl),
    // Resource Timing's request→first byte inside the worker, when the build records it.
    ...(waits.length ? { vigilResourceTimingWait: summary(/** @type {number[]} */ (waits)) } : {}),
    medianDifference: Math.round((median(vigil) - median(curl)) * 10) / 10,
    samples: { vigil, curl: curl.map((x) => Math.round(x * 10) / 10) },
  };
}
