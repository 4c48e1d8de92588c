import { useEffect, useState } from 'preact/hooks';
import { openHistory, type HistoryDb } from '../src/history/db';
import { historyOverview, readRound, readStates, recentIncidents, type SiteHistory } from '../src/history/read';
import type { Incident, RoundProgress, SiteState, Watchlist } from '../src/model';
import { onBroadcast } from '../src/platform/messaging';
import { localStore, onStoredChange } from '../src/platform/storage';
import { peekWatchlist, WATCHLIST_KEY } from '../src/settings/store';

export interface VigilData {
  watchlist: Watchlist;
  problems: string[];
  states: Map<string, SiteState>;
  round: RoundProgress | undefined;
  /** Uptime table and 90-day strip per watched site. */
  history: Map<string, SiteHistory>;
  /** Open incidents and those of the last 30 days, newest first. */
  incidents: Incident[];
  now: number;
}

export const NOTICE_DAYS = 30;

let dbPromise: Promise<HistoryDb> | undefined;

/** The pages' one connection to the history database. */
export function historyDb(): Promise<HistoryDb> {
  dbPromise ??= openHistory();
  return dbPromise;
}

async function load(): Promise<VigilData> {
  const [loaded, db] = await Promise.all([peekWatchlist(localStore), historyDb()]);
  const now = Date.now();
  const urls = loaded.watchlist.sites.map((s) => s.url);
  const [states, round, history, incidents] = await Promise.all([
    readStates(db),
    readRound(db),
    historyOverview(db, now, urls),
    recentIncidents(db, now - NOTICE_DAYS * 86_400_000),
  ]);
  const watched = new Set(urls);
  return { watchlist: loaded.watchlist, problems: loaded.problems, states, round, history, incidents: incidents.filter((i) => watched.has(i.siteUrl)), now };
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
    const read = () =>
      load().then(
        (next) => alive && (setData(next), setError(undefined)),
        (e: unknown) => alive && setError(String((e as Error)?.message ?? e)),
      );
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
    onBroadcast(refresh);
    onStoredChange(WATCHLIST_KEY, refresh);
    // "3 minutes ago" must age while the page stays open.
    const timer = setInterval(refresh, 30_000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);
  return { data, error };
}
