import { useEffect, useState } from 'preact/hooks';
import { keyValueCrossCheckStore, RESULTS_KEY } from '../src/crosscheck/store';
import type { CrossCheck } from '../src/crosscheck/types';
import type { HistoryHealth, SiteHistory } from '../src/history/store';
import type { Incident, RoundProgress, SiteState, Watchlist } from '../src/model';
import { onBroadcast, send } from '../src/platform/messaging';
import { localStore, onStoredChange } from '../src/platform/storage';
import { STORAGE_KEYS, type WorkerProblem } from '../src/settings/storage-keys';
import { peekWatchlist } from '../src/settings/store';
import { pageHistory } from './history';
import type { Problem } from '../src/settings/watchlist-file';
import { siteNamesReady } from './site-name';

export interface VigilData {
  watchlist: Watchlist;
  problems: Problem[];
  states: Map<string, SiteState>;
  round: RoundProgress | undefined;
  /** Uptime table and 90-day strip per watched site. */
  history: Map<string, SiteHistory>;
  /** The history (uptime words, beads, notices) has been read: it comes a moment after the rows. */
  historyRead: boolean;
  /** Open incidents and those of the last 30 days, newest first. */
  incidents: Incident[];
  /** Each incident's latest cross-check from other networks, by incident id. */
  crossChecks: Map<number, CrossCheck>;
  /** The background could not start: why, and since when. */
  workerProblem: WorkerProblem | undefined;
  /** The background's own view of storage (a full disk), read after the rows. */
  health: HistoryHealth;
  now: number;
}

export const NOTICE_DAYS = 30;

/** What the rows need: drawn first. */
async function loadStates(): Promise<VigilData> {
  const [loaded, workerProblem, read] = await Promise.all([
    peekWatchlist(localStore),
    localStore.get(STORAGE_KEYS.workerProblem) as Promise<WorkerProblem | undefined>,
    readStates(),
  ]);
  return { watchlist: loaded.watchlist, problems: loaded.problems, ...read, history: new Map(), historyRead: false, incidents: [], crossChecks: new Map(), workerProblem, now: Date.now() };
}

/**
 * The states and the round from the database; on a full disk a page may not even open it (measured
 * in Chromium: "Internal error opening backing store"), and then the background tells them.
 */
async function readStates(): Promise<Pick<VigilData, 'states' | 'round' | 'health'>> {
  try {
    const history = await pageHistory();
    const [states, round] = await Promise.all([history.states(), history.round()]);
    return { states, round, health: {} };
  } catch (error) {
    const health = await readHealth();
    if (!health.full) throw error;
    return { states: overlay(new Map(), health), round: health.full.round, health };
  }
}

/** Uptime, strips and outage notices: a moment later, so they never hold up the rows. */
async function loadHistory(data: VigilData): Promise<VigilData> {
  const urls = data.watchlist.sites.map((s) => s.url);
  // Asked beside the reads, not before them: the answer comes from the background, which may have
  // to be started first (a stopped worker costs a start), and the history need not wait for it.
  const asked = readHealth();
  let read;
  try {
    const store = await pageHistory();
    read = await Promise.all([store.overview(data.now, urls), store.recentIncidents(data.now - NOTICE_DAYS * 86_400_000)]);
  } catch (error) {
    // A full disk can keep a page from reading the history: the rows still show what the background knows.
    const health = await asked;
    if (!health.full) throw error;
    return { ...data, states: overlay(data.states, health), health };
  }
  const health = await asked;
  const [history, incidents] = read;
  const watched = new Set(urls);
  const crossChecks = new Map<number, CrossCheck>();
  // Newest first: the first one seen for an incident is its latest.
  for (const check of await keyValueCrossCheckStore(localStore).allResults().catch(() => [])) {
    if (check.incidentId !== undefined && !crossChecks.has(check.incidentId)) crossChecks.set(check.incidentId, check);
  }
  // A full disk: the latest states wait in the background's memory, not in the database.
  return { ...data, states: overlay(data.states, health), history, historyRead: true, health, crossChecks, incidents: incidents.filter((i) => watched.has(i.siteUrl)) };
}

function overlay(states: Map<string, SiteState>, health: HistoryHealth): Map<string, SiteState> {
  if (!health.full) return states;
  const merged = new Map(states);
  for (const state of health.full.states) merged.set(state.siteUrl, state);
  return merged;
}

/** Only the background knows the disk is full (its writes were refused); a page asks it. */
export async function readHealth(): Promise<HistoryHealth> {
  const answer = await send('health', {}).catch(() => undefined);
  return answer?.ok ? { ...(answer.full ? { full: answer.full } : {}) } : {};
}

/**
 * The pages read straight from storage and IndexedDB (same extension origin; no round trip through
 * the worker, which may be asleep) and re-read when the background says something changed.
 */
export function useVigilData(): { data: VigilData | undefined; error: string | undefined } {
  const [data, setData] = useState<VigilData>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let alive = true;
    let queued = false;
    let latest: VigilData | undefined;
    // Reads overlap during a round (one per burst of broadcasts) and finish in any order: a read
    // older than the newest one shown must not bring older states back (the summary line and the
    // rows would disagree for a moment), so each read is numbered and a late one gives only its history.
    let started = 0;
    let shown = 0;
    const read = () => {
      const seq = ++started;
      return Promise.all([loadStates(), siteNamesReady])
        .then(([next]) => {
          if (!alive || seq < shown) return undefined;
          shown = seq;
          // Keep the last history while the new one loads: no flicker of strips on each broadcast.
          setData(latest ? { ...next, states: overlay(next.states, latest.health), history: latest.history, historyRead: latest.historyRead, incidents: latest.incidents, crossChecks: latest.crossChecks, health: latest.health } : next);
          setError(undefined);
          return loadHistory(next);
        })
        .then(
          (full) => {
            if (!alive || !full) return;
            latest = full;
            if (seq === shown) setData(full);
            else setData((now) => (now ? { ...now, history: full.history, historyRead: full.historyRead, incidents: full.incidents, crossChecks: full.crossChecks } : full));
          },
          (e: unknown) => alive && setError(String((e as Error)?.message ?? e)),
        );
    };
    const refresh = () => {
      if (queued) return;
      queued = true;
      // Coalesce a burst of broadcasts (one per probe) into one read per frame.
      setTimeout(() => {
        queued = false;
        void read();
      }, 16);
    };
    void read(); // the first read at once: the popup's rows are what the user is waiting for
    const unsubscribe = [
      onBroadcast(refresh),
      onStoredChange(STORAGE_KEYS.watchlist, refresh),
      onStoredChange(STORAGE_KEYS.workerProblem, refresh),
      onStoredChange(RESULTS_KEY, refresh),
    ];
    // "3 minutes ago" must age while the page stays open.
    const timer = setInterval(refresh, 30_000);
    return () => {
      alive = false;
      clearInterval(timer);
      for (const stop of unsubscribe) stop();
    };
  }, []);
  return { data, error };
}
