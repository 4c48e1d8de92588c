/**
 * Every key Vigil keeps in `browser.storage.local`, in one place: the product, the tests and the
 * scripts read them from here.
 */
export const STORAGE_KEYS = {
  /** The watchlist, in the file's own form (README "The watchlist file"). */
  watchlist: 'watchlist',
  /** A stored watchlist that fails validation is set aside here, never silently overwritten. */
  damagedWatchlist: 'watchlistDamaged',
  /** Options → Notifications. */
  notificationPrefs: 'notificationPrefs',
  /** Why the background could not start, when it could not: the popup says so. */
  workerProblem: 'workerProblem',
} as const;

/** What the background records when its start failed (and clears once a start succeeds). */
export interface WorkerProblem {
  at: number;
  /** The error's own text, as the browser gave it. */
  error: string;
}
