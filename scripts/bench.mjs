// npm run bench: builds the e2e extension, starts the fault server, and measures Vigil in real
// Chromium, each figure next to a baseline measured in the same run:
//   1. popup open → problems and rows drawn (default watchlist; 11 sites, 2 down; 100 sites, 6 down;
//      and 100 sites with a year of history, below) vs. a static extension page with as many rows
//   2. bytes a probe of a healthy 5 MB page reads, and the server sends, vs. a plain full GET
//   3. time to first byte vs. curl on the same URLs
//   4. a Check-now round of 200 sites vs. the ideal for the allowed concurrency
//   5. a year of history for 100 sites: bytes used, one round's write, uptime table + strip for all,
//      and the popup again with all of it
//   6. gzip sizes of what the popup, background and options page load, and of the whole build
//   7. the shield table: classification time per probe over the whole corpus, and what the Public
//      Suffix List library (tldts-icann) costs the background bundle and its start
// Prints a markdown table and writes artifacts/bench.json. Targets are shown, never enforced: the
// exit code is 1 only when something is broken (the build, the browser, a measurement that could
// not be taken). BENCH_RUNS=N changes the number of page opens per case (default 15); BENCH_ONLY=word
// runs only the sections whose name contains it (several words: comma-separated).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFaultServer } from '../test/fixtures/fault-server.mjs';
import { launchChromium, waitFor } from './lib/browsers.mjs';
import { measureBytes } from './bench/bytes.mjs';
import { addHistoryPage, measureHistory } from './bench/history.mjs';
import { readRound, setWatchlist, waitForRoundEnd, waitForStates, watchlistOf } from './bench/extension.mjs';
import { measurePageOpen, staticRowsPage } from './bench/page-open.mjs';
import { markdownTable } from './bench/report.mjs';
import { measureCampaign, measureRound, ROUND_BROWSER_ARGS } from './bench/round.mjs';
import { measureShields } from './bench/shields.mjs';
import { measureSizes } from './bench/sizes.mjs';
import { measureTtfb } from './bench/ttfb.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_DIR = path.join(root, 'dist/chrome-e2e');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUPS = 2;
const STATIC_PAGE = 'bench/static-100.html';
const STATIC_PAGE_11 = 'bench/static-11.html';
/** Sites of the 100 (1-based) that answer 503: problems to put first, spread over the list. */
const DOWN_OF_100 = [15, 34, 51, 69, 86, 100];

const t0 = performance.now();
const log = (/** @type {string} */ msg) => process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${msg}\n`);

/** @type {Record<string, any>} */
const results = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadavgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    runs: RUNS,
    warmups: WARMUPS,
  },
  notes: {
    pageOpen: 'ms from navigation start (performance.now() in the page) until every [data-site-url] row is in the DOM with a status other than unknown, seen by a MutationObserver injected before the page; a new tab per open, the extension process already running (as on a second popup open). The default watchlist rows are offline here: no internet.',
    bytes: 'read = the stored sample bytesRead (Vigil probe code in the worker); sent = body bytes the server handed to the kernel (16 KB writes with backpressure, 4 KB when paced) until the connection closed.',
    ttfb: 'Vigil = stored sample ttfbMs of probes run by the extension, one after another on one host; curl = time_starttransfer, same URLs, same run.',
    round: 'sites sN.invalid resolve to 127.0.0.1 through --host-resolver-rules (the e2e build may fetch http://*.invalid/*), so every site has its own host and the pool can keep 4 probes in flight; wall = stored round finishedAt - startedAt of a Check-now round.',
    sizes: 'each file gzipped on its own at level 9; files followed from the manifest entry through HTML, JS imports and CSS @import.',
  },
  errors: [],
};

/** Runs one measurement; a failure is recorded and the bench goes on with the others. */
/**
 * @template T
 * @param {string} name
 * @param {() => Promise<T> | T} fn
 * @returns {Promise<T | undefined>}
 */
async function section(name, fn) {
  // BENCH_ONLY=word runs only the sections whose name contains it (and the build and launch).
  const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
  if (only?.length && !only.some((word) => name.includes(word)) && !['build', 'launch Chromium'].includes(name)) return undefined;
  const started = performance.now();
  log(`${name} …`);
  try {
    const value = await fn();
    log(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    const e = /** @type {Error} */ (error);
    results.errors.push({ section: name, error: e.stack ?? String(e) });
    log(`${name} FAILED: ${e.message}`);
    return undefined;
  }
}

function build() {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--e2e'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`node scripts/build.mjs --e2e failed (exit ${r.status})`);
}

/**
 * A private copy of the build: other work on this machine may rebuild dist/ while the bench runs.
 * The sizes are taken from the copy before the bench adds its static page to it.
 */
function snapshotBuild() {
  for (let attempt = 1; ; attempt++) {
    build();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-ext-'));
    try {
      fs.cpSync(BUILD_DIR, dir, { recursive: true });
      const sizes = measureSizes(dir); // throws if a file the pages load is missing (a torn copy)
      return { dir, sizes };
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      if (attempt >= 3) throw error;
      log(`the build changed under the copy (${/** @type {Error} */ (error).message}); building again`);
    }
  }
}

async function main() {
  const built = await section('build', snapshotBuild);
  if (!built) return;
  const extDir = built.dir;
  results.sizes = { ...built.sizes, note: 'dist/chrome-e2e: dist/chrome plus the e2e host permissions in manifest.json' };
  results.shields = await section('shield table and Public Suffix List', () => measureShields(root));

  const server = await startFaultServer();
  /** @type {Awaited<ReturnType<typeof launchChromium>> | undefined} */
  let handle;
  try {
    const staticHtml = staticRowsPage(100, (i) => server.url(`/ok/site-${i}`));
    server.setRoute('/bench/static-100', { status: 200, body: staticHtml });
    fs.mkdirSync(path.join(extDir, path.dirname(STATIC_PAGE)), { recursive: true });
    fs.writeFileSync(path.join(extDir, STATIC_PAGE), staticHtml);
    fs.writeFileSync(path.join(extDir, STATIC_PAGE_11), staticRowsPage(11, (i) => server.url(`/ok/eleven-${i}`)));
    await addHistoryPage(extDir);

    handle = await section('launch Chromium', () => launchChromium(extDir, { args: ROUND_BROWSER_ARGS }));
    if (!handle) return;
    const h = handle;
    results.meta.chromium = h.context.browser()?.version();
    const pageOpen = (results.pageOpen = /** @type {Record<string, unknown>} */ ({}));
    const open = (/** @type {string} */ url, /** @type {number} */ expected) =>
      measurePageOpen(h.context, url, { expected, runs: RUNS, warmups: WARMUPS });

    // 1. The default watchlist as installed: wait for the first round to give every row a state.
    pageOpen.popupDefault = await section('popup, default watchlist', async () => {
      const page = await h.openPage('popup/index.html');
      const count = await waitFor(
        () => page.evaluate(() => {
          const rows = [...document.querySelectorAll('[data-site-url]')];
          return rows.length > 0 && rows.every((r) => r.getAttribute('data-status') !== 'unknown') ? rows.length : 0;
        }),
        { timeout: 60_000, interval: 200, message: 'the first round to give every default site a state' },
      );
      await page.close();
      await waitForRoundEnd(h, 0, { timeout: 60_000 });
      return open(h.baseUrl + 'popup/index.html', count);
    });
    pageOpen.staticHttp = await section('static page over http', () => open(server.url('/bench/static-100'), 100));
    pageOpen.staticExtension = await section('static page in the extension', () => open(h.baseUrl + STATIC_PAGE, 100));
    pageOpen.staticExtension11 = await section('static 11-row page in the extension (popup)', () => open(h.baseUrl + STATIC_PAGE_11, 11));

    // 11 sites, two of them down: the popup's first screen with problems to put first.
    pageOpen.popup11 = await section('popup, 11 sites, 2 down', async () => {
      const urls = Array.from({ length: 11 }, (_, i) => server.url(`/ok/eleven-${i + 1}`));
      for (const i of [6, 11]) server.setRoute(`/ok/eleven-${i}`, { status: 503, body: 'Service Unavailable' });
      await setWatchlist(h, watchlistOf(urls.map((url, i) => ({ url, name: `Site ${i + 1}` })), { canaries: [server.url('/ok/canary')] }));
      await waitForStates(h, urls);
      await waitFor(async () => (await readRound(h))?.running === false, { timeout: 90_000, interval: 200, message: 'no round running' });
      return open(h.baseUrl + 'popup/index.html', 11);
    });

    /**
     * Watch 100 healthy fixture sites and wait until each has a state and no round runs; returns
     * their URLs. Watched again within the hour, they come back with their states (Undo's rule), so
     * no new round is awaited then.
     */
    const watchHundred = async () => {
      const urls = Array.from({ length: 100 }, (_, i) => server.url(`/ok/site-${i + 1}`));
      for (const i of DOWN_OF_100) server.setRoute(`/ok/site-${i}`, { status: 503, body: 'Service Unavailable' });
      await setWatchlist(h, watchlistOf(urls.map((url, i) => ({ url, name: `Site ${i + 1}` })), { canaries: [server.url('/ok/canary')] }));
      await waitForStates(h, urls);
      await waitFor(async () => (await readRound(h))?.running === false, { timeout: 90_000, interval: 200, message: 'no round running' });
      return urls;
    };
    pageOpen.popup100 = await section('popup, 100 sites, 6 down', async () => {
      await watchHundred();
      return open(h.baseUrl + 'popup/index.html', 100);
    });

    // 2–4. Through the extension's own probe code, results read back from its IndexedDB.
    results.bytes = await section('bytes of a 5 MB page', () => measureBytes(h, server, { mb: 5, n: 15 }));
    results.ttfb = await section('time to first byte', () => measureTtfb(h, server, { delayMs: 200, n: 15 }));
    // 5. A year of history for 100 sites, then the popup again with all of it in the database.
    results.history = await section('a year of history for 100 sites', async () => measureHistory(h, await watchHundred(), { days: 365, repeats: RUNS }));
    pageOpen.popupHistory = await section('popup, 100 sites with a year of history', () => (results.history ? open(h.baseUrl + 'popup/index.html', 100) : undefined));

    // After the history: the round's 200 extra sites would otherwise sit in the summaries read above.
    results.round = await section('round of 200 sites', () => measureRound(h, server, { sites: 200, delayMs: 100 }));
    results.campaign = await section('campaign: 200 sites, a quarter hanging', () => measureCampaign(h, server, { sites: 200, hanging: 50, delayMs: 100 }));
  } finally {
    await handle?.close().catch((e) => results.errors.push({ section: 'close Chromium', error: String(e) }));
    await server.close();
    fs.rmSync(extDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  results.errors.push({ section: 'bench', error: /** @type {Error} */ (error).stack ?? String(error) });
}
results.meta.loadavgAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
results.meta.seconds = Math.round((performance.now() - t0) / 100) / 10;
results.table = markdownTable(results);

fs.mkdirSync(path.join(root, 'artifacts'), { recursive: true });
fs.writeFileSync(path.join(root, 'artifacts/bench.json'), `${JSON.stringify(results, null, 2)}\n`);

const m = results.meta;
console.log(`\nVigil bench, ${m.date.slice(0, 10)}: Chromium ${m.chromium ?? '?'}, Node ${m.node}, ${m.cpus} cores ` +
  `(load ${m.loadavgAtStart[0]} → ${m.loadavgAtEnd[0]}), ${m.seconds} s. Details: artifacts/bench.json\n`);
console.log(results.table);
if (results.errors.length) {
  console.error(`\n${results.errors.length} measurement(s) could not be taken:`);
  for (const e of results.errors) console.error(`- ${e.section}: ${e.error}`);
  process.exitCode = 1;
}
