/**
 * The service worker (Chrome) / event page (Firefox). Every listener is registered synchronously at
 * the top, as MV3 requires for the worker to be woken by them; work waits on one init promise.
 * Nothing important lives only in memory: the worker may be stopped at any moment.
 */
import { openHistory, type HistoryDb } from '../src/history/db';
import { readRound } from '../src/history/read';
import { forgetSites, setRound } from '../src/history/write';
import type { Watchlist } from '../src/model';
import { TICK_ALARM, ensureTickAlarm, onAlarm } from '../src/platform/alarms';
import { browser } from '../src/platform/browser';
import { browserTranslator } from '../src/platform/i18n';
import { keepAliveWhile } from '../src/platform/keepalive';
import { broadcast, serveCommands } from '../src/platform/messaging';
import { onNotificationClicked } from '../src/platform/notifications';
import { phasesOf } from '../src/platform/resource-timing';
import { localStore } from '../src/platform/storage';
import { explainFailure, observeRequestErrors } from '../src/platform/web-request-errors';
import { defaultPrefs, savePrefs } from '../src/settings/preferences';
import { loadWatchlist, saveWatchlist } from '../src/settings/store';
import { commandHandlers } from './commands';
import { crossCheckWiring } from './crosscheck-wiring';
import { deliver, deliverPending, refreshBadge } from './effects';
import { RoundRunner, type RoundRequest } from './round-runner';

// The browser's language is fixed for the worker's life: one translator, built before any listener runs.
const tr = browserTranslator();
let db: HistoryDb;
let runner: RoundRunner;
let watchlistChain: Promise<unknown> = Promise.resolve();
// Cross-checks (issue 13): the `crossCheck` command, the resume at start, and for now a confirmed
// outage read from each round's `down` notices (afterRound below).
const crossChecks = crossCheckWiring({
  tr,
  ownState: (siteUrl) => ready.then(() => db.get('states', siteUrl)),
  incident: (id) => ready.then(() => db.get('incidents', id)),
});

const ready = start();

// --- listeners, all registered before the first await ---
browser.runtime.onInstalled.addListener(() => void ready.then(() => round({ kind: 'all' })));
browser.runtime.onStartup.addListener(() => void ready.then(() => round({ kind: 'due' })));
onAlarm((name) => {
  if (name === TICK_ALARM) void ready.then(() => round({ kind: 'due' }));
});
onNotificationClicked((id) => {
  // Notification ids are "down:<incident>" / "recovered:<incident>": open that site's detail.
  void ready
    .then(() => (/^(down|recovered):\d+$/.test(id) ? db.get('incidents', Number(id.split(':')[1])) : undefined))
    .then((incident) => browser.tabs.create({ url: browser.runtime.getURL(`popup/index.html${incident ? `#site=${encodeURIComponent(incident.siteUrl)}` : ''}`) }))
    .then(() => browser.notifications.clear(id));
});
observeRequestErrors();
serveCommands(
  commandHandlers({
    tr,
    loadWatchlist: () => loadWatchlist(localStore),
    updateWatchlist,
    round: (request) => ready.then(() => round(request)),
    resetPrefs: () => savePrefs(localStore, defaultPrefs()),
    crossCheck: (siteUrl) => ready.then(() => crossChecks.command(siteUrl)),
  }),
  ready,
);

async function start(): Promise<void> {
  db = await openHistory();
  runner = new RoundRunner({
    db,
    tr,
    loadWatchlist: async () => (await loadWatchlist(localStore)).watchlist,
    probe: { fetch: (input, init) => fetch(input, init), now: () => Date.now(), explainFailure, phases: phasesOf },
    random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    afterWrite: async (watchlist) => {
      await refreshBadge(tr, db, watchlist);
      broadcast('states');
    },
    afterRound: async (watchlist, notices) => {
      await deliver(tr, db, notices, watchlist, Date.now());
      crossChecks.afterNotices(notices);
    },
    onProgress: () => broadcast('round'),
    estimate: () => navigator.storage.estimate(),
  });
  // A round that was running when the worker died is over: its finished probes are stored.
  const previous = await readRound(db);
  if (previous?.running) await setRound(db, { ...previous, running: false, aliveAt: Date.now() });
  broadcast('round');
  await ensureTickAlarm();
  const { watchlist } = await loadWatchlist(localStore);
  await deliverPending(tr, db, watchlist, Date.now());
  await refreshBadge(tr, db, watchlist);
  // A measurement a stopped worker was polling is read to its end (not awaited: start stays quick).
  void crossChecks.resume();
}

function round(request: RoundRequest): Promise<number> {
  return keepAliveWhile(runner.run(request)).catch((error: unknown) => {
    console.warn('Vigil: round failed', error);
    return 0;
  });
}

async function updateWatchlist(change: (current: Watchlist) => Watchlist): Promise<Watchlist> {
  const next = watchlistChain.then(async () => {
    await ready;
    const { watchlist } = await loadWatchlist(localStore);
    const updated = change(watchlist);
    await saveWatchlist(localStore, updated);
    await forgetSites(db, new Set(updated.sites.map((s) => s.url)));
    await refreshBadge(tr, db, updated);
    broadcast('watchlist');
    return updated;
  });
  watchlistChain = next.catch(() => undefined);
  return next;
}
