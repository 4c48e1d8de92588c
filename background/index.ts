/**
 * The service worker (Chrome) / event page (Firefox). Every listener is registered synchronously at
 * the top, as MV3 requires for the worker to be woken by them; work waits on whenReady(). Nothing
 * important lives only in memory: the worker may be stopped at any moment.
 */
import { HistoryStore } from '../src/history/store';
import { sayVerdict } from '../src/crosscheck/words';
import type { Notice, Watchlist } from '../src/model';
import type { Shown } from '../src/monitor/notice-plan';
import { tabPagePath } from '../src/page-links';
import { TICK_ALARM, ensureTickAlarm, onAlarm } from '../src/platform/alarms';
import { browser } from '../src/platform/browser';
import { browserTranslator } from '../src/platform/i18n';
import { keepAliveWhile } from '../src/platform/keepalive';
import { broadcast, serveCommands } from '../src/platform/messaging';
import { onNotificationClicked, showNotification } from '../src/platform/notifications';
import { hasOrigins } from '../src/platform/permissions';
import { phasesOf } from '../src/platform/resource-timing';
import { localStore, removeStored } from '../src/platform/storage';
import { explainFailure, observeRequestErrors } from '../src/platform/web-request-errors';
import { defaultPrefs, savePrefs } from '../src/settings/preferences';
import { originPattern } from '../src/settings/site-url';
import { STORAGE_KEYS, type WorkerProblem } from '../src/settings/storage-keys';
import { loadWatchlist, saveWatchlist } from '../src/settings/store';
import { commandHandlers } from './commands';
import { crossCheckWiring } from './crosscheck-wiring';
import { deliverPending, refreshBadge } from './effects';
import { RoundRunner, type RoundRequest } from './round-runner';
import { openWelcome } from './welcome';

// The browser's language is fixed for the worker's life: one translator, built before any listener runs.
const tr = browserTranslator();
let history: HistoryStore;
let runner: RoundRunner;
let watchlistChain: Promise<unknown> = Promise.resolve();
// Cross-checks (issue 13): the `crossCheck` command, the resume at start, and a confirmed outage
// read from the `down` notices each round delivers (afterRound below).
const crossChecks = crossCheckWiring({
  tr,
  ownState: (siteUrl) => whenReady().then(() => history.state(siteUrl)),
  incident: (id) => whenReady().then(() => history.incident(id)),
});
let ready = startOrRetry();
/** How long after an outage's confirmation its cross-check may still join the notification. */
const CROSSCHECK_WAIT_MS = 30_000;

// --- listeners, all registered before the first await ---
// A new install checks everything at once and says hello (the welcome page); an update needs
// nothing more than start's due round.
browser.runtime.onInstalled.addListener((details) => {
  if (details.reason !== 'install') return;
  void openWelcome().catch((error: unknown) => console.warn('Vigil: the welcome page did not open', error));
  void whenReady().then(() => round({ kind: 'all' }));
});
browser.runtime.onStartup.addListener(() => void whenReady().then(() => round({ kind: 'due' })));
onAlarm((name) => {
  if (name === TICK_ALARM) void whenReady().then(() => round({ kind: 'due' }));
});
onNotificationClicked((id) => {
  // Notification ids are "down:<incident>" / "recovered:<incident>": open that site's detail.
  void whenReady()
    .then(() => (/^(down|recovered):\d+$/.test(id) ? history.incident(Number(id.split(':')[1])) : undefined))
    // In a tab laid out for a tab, not the popup's narrow column (src/page-links.ts).
    .then((incident) => browser.tabs.create({ url: browser.runtime.getURL(tabPagePath(incident?.siteUrl)) }))
    .then(() => browser.notifications.clear(id));
});
observeRequestErrors();
serveCommands(
  commandHandlers({
    tr,
    loadWatchlist: () => loadWatchlist(localStore),
    updateWatchlist,
    round: (request) => whenReady().then(() => round(request)),
    resetPrefs: () => savePrefs(localStore, defaultPrefs()),
    savePrefs: (prefs) => savePrefs(localStore, prefs),
    health: () => history.health(),
    crossCheck: (siteUrl) => whenReady().then(() => crossChecks.command(siteUrl)),
  }),
  whenReady,
  (error) => tr.t('command_failed', errorText(error)),
);

/**
 * Every event waits for the start. A start that failed is recorded (the popup says so), tried again
 * once at once, and then again by the next event that needs it: the worker never waits forever on
 * a failure that has since gone (a full disk freed, a database unblocked).
 */
function whenReady(): Promise<void> {
  ready = ready.catch(() => startOrRetry());
  return ready;
}

async function startOrRetry(): Promise<void> {
  try {
    await start();
  } catch (first) {
    console.warn('Vigil: start failed, trying once more', first);
    await recordStartProblem(first);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    try {
      await start();
    } catch (second) {
      await recordStartProblem(second);
      throw second;
    }
  }
  await removeStored(STORAGE_KEYS.workerProblem).catch(() => undefined);
}

async function recordStartProblem(error: unknown): Promise<void> {
  const problem: WorkerProblem = { at: Date.now(), error: errorText(error) };
  await localStore.set(STORAGE_KEYS.workerProblem, problem).catch(() => undefined);
}

function errorText(error: unknown): string {
  const e = error as { name?: string; message?: string } | null;
  return e?.message || e?.name || String(error) || 'unknown error';
}

async function start(): Promise<void> {
  if (history) history.close();
  history = await HistoryStore.open({ estimate: () => navigator.storage.estimate() });
  runner = new RoundRunner({
    history,
    loadWatchlist: async () => (await loadWatchlist(localStore)).watchlist,
    probe: { fetch: (input, init) => fetch(input, init), now: () => Date.now(), explainFailure, phases: phasesOf },
    random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    afterWrite: async (watchlist) => {
      await refreshBadge(tr, history, watchlist);
      broadcast('states');
    },
    afterRound: async (watchlist) => {
      const delivered = await deliverPending(tr, history, watchlist, Date.now());
      void keepAliveWhile(verdictsIntoNotifications(delivered.notices, delivered.shown));
    },
    mayProbe: (site) => hasOrigins([originPattern(site.url)]),
    onProgress: () => broadcast('round'),
  });
  await ensureTickAlarm();
  const { watchlist, firstRun } = await loadWatchlist(localStore);
  // A round cut short when the last worker stopped is finished first, before anything else; its
  // notices wait for its end, so its outages still make one notification.
  const cut = await history.round();
  if (cut?.running && cut.pending?.length) void round({ kind: 'resume' });
  else {
    if (cut?.running) await history.setRound({ ...cut, running: false, aliveAt: Date.now() });
    await deliverPending(tr, history, watchlist, Date.now());
  }
  // Rounds asked for but not started when the last worker stopped (a queued "Check now", an
  // import's new sites) live only in memory: whatever is due now is checked, after the resume.
  // On the very first run onInstalled checks everything.
  if (!firstRun) void round({ kind: 'due' });
  broadcast('round');
  await refreshBadge(tr, history, watchlist);
  // A measurement a stopped worker was polling is read to its end (not awaited: start stays quick).
  void crossChecks.resume();
}

/**
 * Each confirmed outage is cross-checked (when the user opted in; never while Vigil says offline).
 * Its notification was not held back; a verdict that comes within 30 s of the confirmation is added
 * to it (same id: the browser replaces it in place).
 */
async function verdictsIntoNotifications(notices: readonly Notice[], shown: readonly Shown[]): Promise<void> {
  await Promise.all(
    notices
      .filter((notice) => notice.kind === 'down' && notice.incidentId >= 0)
      .map(async (notice) => {
        const [incident, state] = await Promise.all([history.incident(notice.incidentId), history.state(notice.siteUrl)]);
        if (!incident || incident.end !== undefined || state?.status === 'offline') return;
        const check = await crossChecks.verdictWithin(incident, state, CROSSCHECK_WAIT_MS);
        const alone = shown.find((s) => s.noticeIds.length === 1 && s.noticeIds[0] === notice.id);
        if (!check || !alone) return;
        const message = `${alone.message}\n${sayVerdict(tr, check.words, Date.now())}`;
        await showNotification(alone.id, alone.title, message);
        await history.markDelivered([{ id: notice.id, shownAs: { title: alone.title, message } }]);
      }),
  ).catch((error: unknown) => console.warn('Vigil: cross-check of an outage failed', error));
}

function round(request: RoundRequest): Promise<number> {
  return keepAliveWhile(runner.run(request)).catch((error: unknown) => {
    console.warn('Vigil: round failed', error);
    return 0;
  });
}

async function updateWatchlist(change: (current: Watchlist) => Watchlist): Promise<Watchlist> {
  const next = watchlistChain.then(async () => {
    await whenReady();
    const { watchlist } = await loadWatchlist(localStore);
    const updated = change(watchlist);
    await saveWatchlist(localStore, updated);
    const now = Date.now();
    const watched = new Set(updated.sites.map((s) => s.url));
    await history.forgetSites(watched, now);
    // A site back within Undo's reach (removed by mistake) gets its state and open incident back.
    const before = new Set(watchlist.sites.map((s) => s.url));
    await history.restoreSites(updated.sites.filter((s) => !before.has(s.url)).map((s) => s.url), now);
    await refreshBadge(tr, history, updated);
    broadcast('watchlist');
    return updated;
  });
  watchlistChain = next.catch(() => undefined);
  return next;
}
