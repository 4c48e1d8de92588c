// One "Check now" round over many sites, each answering after a known delay. Vigil never runs two
// probes on one host and at most CONCURRENCY (4) at all, so the sites must be on distinct hosts for
// the pool to fill: they are s1.invalid … sN.invalid, which the e2e build may fetch
// (host permission http://*.invalid/*) and which Chromium is told to resolve to 127.0.0.1
// (--host-resolver-rules, see ROUND_BROWSER_ARGS). Ideal = delay × sites ÷ concurrency.
import { checkNow, readRound, samplesOf, setWatchlist, waitForRoundEnd, watchlistOf } from './extension.mjs';
import { median } from './stats.mjs';

export const ROUND_BROWSER_ARGS = ['--host-resolver-rules=MAP *.invalid 127.0.0.1'];
/** background/round-runner.ts CONCURRENCY; the bench measures against it, it does not import TS. */
export const CONCURRENCY = 4;

/**
 * @param {import('./extension.mjs').Handle} handle
 * @param {Awaited<ReturnType<typeof import('../../test/fixtures/fault-server.mjs').startFaultServer>>} server
 * @param {{sites: number, delayMs: number}} options
 */
export async function measureRound(handle, server, { sites: n, delayMs }) {
  const urls = Array.from({ length: n }, (_, i) => `http://s${i + 1}.invalid:${server.port}/slow?ms=${delayMs}&i=${i + 1}`);
  const imported = Date.now();
  await setWatchlist(handle, watchlistOf(urls.map((url, i) => ({ url, name: `Site ${i + 1}` })), { canaries: [server.url('/ok/canary')] }));
  // The import itself probes the new sites (they are due): let that round pass, then time a
  // round a person starts with "Check now" on sites that all have a state.
  const first = await waitForRoundEnd(handle, imported - 1000, { timeout: 60_000 + n * delayMs });
  if (first.total !== n) throw new Error(`the import round probed ${first.total} sites, not ${n}`);

  const asked = Date.now();
  await checkNow(handle);
  const round = await waitForRoundEnd(handle, asked - 50, { timeout: 60_000 + n * delayMs });
  if (round.total !== n || round.done !== n) throw new Error(`the Check-now round did ${round.done} of ${round.total} sites, not ${n}`);
  const wallMs = /** @type {number} */ (round.finishedAt) - round.startedAt;
  const samples = (await samplesOf(handle, urls)).filter((/** @type {{at: number}} */ s) => s.at >= round.startedAt);
  const totals = samples.map((/** @type {{totalMs: number}} */ s) => s.totalMs);
  const outcomes = [...new Set(samples.map((/** @type {{outcome: string}} */ s) => s.outcome))];
  const hosts = new Set(urls.map((u) => new URL(u).hostname)).size;
  const concurrency = Math.min(CONCURRENCY, hosts);
  const idealMs = (delayMs * n) / concurrency;
  return {
    sites: n,
    hosts,
    delayMs,
    concurrency,
    wallMs,
    idealMs,
    efficiency: Math.round((idealMs / wallMs) * 1000) / 1000,
    // Sum of probe times ÷ wall time: how many probes were in flight on average.
    meanInFlight: Math.round((totals.reduce((/** @type {number} */ a, /** @type {number} */ b) => a + b, 0) / wallMs) * 100) / 100,
    probeTotalMsMedian: median(totals),
    // Each pool slot is held per site for this long; what the probe itself does not take is the
    // round's own bookkeeping (IndexedDB writes, badge, progress) done while the slot is held.
    slotMsPerSite: Math.round((wallMs * concurrency) / n),
    samples: samples.length,
    outcomes,
    firstRound: { wallMs: /** @type {number} */ (first.finishedAt) - first.startedAt, total: first.total },
    clickToStartMs: round.startedAt - asked,
    round: await readRound(handle),
  };
}

/**
 * Under a campaign: `n` sites of which a share hang (never answer), with the default check settings
 * (timeout 20 s, one re-check after 20 s). A hanging site alone takes timeout + wait + timeout to be
 * decided; that is the floor. Before slots were given back after a second, the pool of 4 would have
 * held each hanging site's slot for all of it: (hanging × floor + rest × delay) ÷ 4.
 * @param {import('./extension.mjs').Handle} handle
 * @param {Awaited<ReturnType<typeof import('../../test/fixtures/fault-server.mjs').startFaultServer>>} server
 * @param {{sites: number, hanging: number, delayMs: number}} options
 */
export async function measureCampaign(handle, server, { sites: n, hanging, delayMs }) {
  const timeoutSeconds = 20;
  const delaySeconds = 20;
  const urls = Array.from({ length: n }, (_, i) => (i % Math.round(n / hanging) === 0 ? `http://c${i + 1}.invalid:${server.port}/hang?i=${i + 1}` : `http://c${i + 1}.invalid:${server.port}/slow?ms=${delayMs}&i=${i + 1}`));
  const hangingCount = urls.filter((u) => u.includes('/hang')).length;
  const asked = Date.now();
  await setWatchlist(handle, watchlistOf(urls.map((url, i) => ({ url, name: `Campaign ${i + 1}` })), { canaries: [server.url('/ok/canary')], attempts: 1, timeoutSeconds, delaySeconds }));
  const round = await waitForRoundEnd(handle, asked - 1000, { timeout: 600_000 });
  if (round.total !== n) throw new Error(`the campaign round probed ${round.total} sites, not ${n}`);
  const wallMs = /** @type {number} */ (round.finishedAt) - round.startedAt;
  const floorMs = (2 * timeoutSeconds + delaySeconds) * 1000;
  return {
    sites: n,
    hanging: hangingCount,
    timeoutMs: timeoutSeconds * 1000,
    wallMs,
    floorMs,
    timesTimeout: Math.round((wallMs / (timeoutSeconds * 1000)) * 100) / 100,
    beforeMs: Math.round((hangingCount * floorMs + (n - hangingCount) * delayMs) / CONCURRENCY),
  };
}
