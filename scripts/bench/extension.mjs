// Driving the real extension from the bench the way the e2e suite does (test/e2e/support/vigil.ts,
// which is TypeScript and so not importable from a plain node script): replace the watchlist with
// the options page's own command, press "Check now", and read what the background stored in
// IndexedDB. Everything runs in an extension page (the handle's helper page), never in the worker.
import { waitFor } from '../lib/browsers.mjs';
import { readDb } from '../lib/extension-db.mjs';

/** @typedef {import('../lib/browsers.mjs').ChromiumHandle} Handle */
/** @typedef {{url: string, name: string, expectText?: string, slowMs?: number}} SiteSpec */

/**
 * @param {SiteSpec[]} sites
 * @param {{canaries: string[], attempts?: number, timeoutSeconds?: number}} options
 *   attempts 0: the first probe decides, so every row gets its state after one probe
 */
export function watchlistOf(sites, { canaries, attempts = 0, timeoutSeconds = 20, delaySeconds = 1 }) {
  return {
    format: 'vigil-watchlist',
    version: 1,
    settings: { intervalMinutes: 60, timeoutSeconds, retry: { attempts, delaySeconds }, canaries },
    sites,
  };
}

/** @param {Handle} handle @param {object} message */
async function send(handle, message) {
  // @ts-expect-error `chrome` is the extension page's global, not Node's
  return handle.evalInExtension((m) => chrome.runtime.sendMessage(m), message);
}

/**
 * Replaces the watchlist as Options → Import → Replace does; the background then probes the new sites.
 * @param {Handle} handle @param {ReturnType<typeof watchlistOf>} watchlist
 */
export async function setWatchlist(handle, watchlist) {
  const answer = /** @type {{ok: boolean}} */ (await send(handle, { type: 'importWatchlist', text: JSON.stringify(watchlist), mode: 'replace' }));
  if (!answer?.ok) throw new Error(`the extension refused the watchlist: ${JSON.stringify(answer)}`);
}

/** The popup's "Check now" command (all sites). @param {Handle} handle */
export async function checkNow(handle) {
  const answer = /** @type {{ok: boolean}} */ (await send(handle, { type: 'checkNow' }));
  if (!answer?.ok) throw new Error(`checkNow failed: ${JSON.stringify(answer)}`);
}


/** @param {Handle} handle @returns {Promise<{running: boolean, startedAt: number, finishedAt?: number, total: number, done: number} | undefined>} */
export async function readRound(handle) {
  return (await readDb(handle, { store: 'meta', key: 'round' }))?.value;
}

/** Waits until every url has a stored state other than `unknown`. @param {Handle} handle @param {string[]} urls */
export async function waitForStates(handle, urls, { timeout = 60_000 } = {}) {
  return waitFor(
    async () => {
      const states = await readDb(handle, { store: 'states', urls });
      return states.length === urls.length && states.every((/** @type {{status: string}} */ s) => s.status !== 'unknown') ? states : undefined;
    },
    { timeout, interval: 200, message: `${urls.length} sites to get a state` },
  );
}

/** Waits for a round that started at or after `since` (epoch ms) to finish, and returns it. @param {Handle} handle @param {number} since */
export async function waitForRoundEnd(handle, since, { timeout = 90_000 } = {}) {
  return waitFor(
    async () => {
      const round = await readRound(handle);
      return round && !round.running && round.startedAt >= since && round.finishedAt ? round : undefined;
    },
    { timeout, interval: 100, message: 'the round to finish' },
  );
}

/**
 * Checks stored for `urls`, oldest first, unpacked by Vigil's own code (src/history/checks.ts, in the
 * bench page that history.mjs builds into the bench's copy of the extension).
 * @param {Handle} handle @param {string[]} urls @returns {Promise<any[]>}
 */
export async function samplesOf(handle, urls) {
  const page = await handle.openPage('bench/history.html');
  try {
    await page.waitForFunction(() => 'vigilBench' in globalThis, undefined, { timeout: 30_000 });
    // @ts-expect-error the page's own global
    const samples = await page.evaluate((u) => globalThis.vigilBench.samples(u), urls);
    return samples.sort((/** @type {{at: number}} */ a, /** @type {{at: number}} */ b) => a.at - b.at);
  } finally {
    await page.close();
  }
}
