import type { Watchlist } from '../model';
import { defaultWatchlist } from './defaults';
import { STORAGE_KEYS } from './storage-keys';
import { repairStored } from './repair-stored';
import { checkWatchlist, type Problem } from './watchlist-file';

/** Where the watchlist lives: browser.storage.local in the extension, a Map in tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export const WATCHLIST_KEY = STORAGE_KEYS.watchlist;
export const DAMAGED_KEY = STORAGE_KEYS.damagedWatchlist;

export interface LoadedWatchlist {
  watchlist: Watchlist;
  /** What was wrong with the stored watchlist, if anything (then the defaults are in use). */
  problems: Problem[];
  firstRun: boolean;
}

/** Reads the watchlist, validating it; first run stores the embedded EU institutions list. */
export async function loadWatchlist(store: KeyValueStore): Promise<LoadedWatchlist> {
  const raw = await store.get(WATCHLIST_KEY);
  if (raw === undefined) {
    const watchlist = defaultWatchlist();
    await store.set(WATCHLIST_KEY, watchlist);
    return { watchlist, problems: [], firstRun: true };
  }
  const check = checkWatchlist(repairStored(raw));
  if (check.ok) return { watchlist: check.watchlist, problems: [], firstRun: false };
  if ((await store.get(DAMAGED_KEY)) === undefined) await store.set(DAMAGED_KEY, raw);
  return { watchlist: defaultWatchlist(), problems: check.errors, firstRun: false };
}

export async function saveWatchlist(store: KeyValueStore, watchlist: Watchlist): Promise<void> {
  const check = checkWatchlist(watchlist);
  if (!check.ok) throw new InvalidWatchlist(check.errors);
  await store.set(WATCHLIST_KEY, check.watchlist);
}

/** For pages: read without ever writing (the background owns the watchlist). */
export async function peekWatchlist(store: KeyValueStore): Promise<LoadedWatchlist> {
  const raw = await store.get(WATCHLIST_KEY);
  if (raw === undefined) return { watchlist: defaultWatchlist(), problems: [], firstRun: true };
  const check = checkWatchlist(repairStored(raw));
  return check.ok
    ? { watchlist: check.watchlist, problems: [], firstRun: false }
    : { watchlist: defaultWatchlist(), problems: check.errors, firstRun: false };
}

/** A change the checks refuse: nothing was stored, and the problems say why. */
export class InvalidWatchlist extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Refusing to store an invalid watchlist: ${problems.map((p) => `${p.path ?? ''} ${p.message.key}`).join('; ')}`);
  }
}
