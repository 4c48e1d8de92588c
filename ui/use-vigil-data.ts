import { useEffect, useState } from 'preact/hooks';
import { openHistory, type HistoryDb } from '../src/history/db';
import { readRound, readStates } from '../src/history/read';
import type { RoundProgress, SiteState, Watchlist } from '../src/model';
import { onBroadcast } from '../src/platform/messaging';
import { localStore, onStoredChange } from '../src/platform/storage';
import { peekWatchlist, WATCHLIST_KEY } from '../src/settings/store';

export interface VigilData {
  watchlist: Watchlist;
  problems: string[];
  states: Map<string, SiteState>;
  round: RoundProgress | undefined;
  now: number;
}

let dbPromise: Promise<HistoryDb> | undefined;

async function load(): Promise<VigilData> {
  dbPromise ??= openHistory();
  const [loaded, db] = await Promise.all([peekWatchlist(localStore), dbPromise]);
  const [states, round] = await Promise.all([readStates(db), readRound(db)]);
  return { watchlist: loaded.watchlist, problems: loaded.problems, states, round, now: Date.now() };
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
