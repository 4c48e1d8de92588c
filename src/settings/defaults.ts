import type { Watchlist, WatchSettings } from '../model';
import { EU_INSTITUTIONS } from './eu-institutions';

import { WATCHLIST_FORMAT, WATCHLIST_VERSION } from './watchlist-format';

export { WATCHLIST_FORMAT, WATCHLIST_VERSION };

export const DEFAULT_SLOW_MS = 3000;

/** Limits keep every probe and its confirmation inside the MV3 worker's ~30 s life. */
export const LIMITS = {
  intervalMinutes: { min: 1, max: 1440 },
  timeoutSeconds: { min: 2, max: 25 },
  retryAttempts: { min: 0, max: 5 },
  retryDelaySeconds: { min: 1, max: 120 },
  slowMs: { min: 100, max: 60000 },
  sites: 500,
  nameLength: 100,
  groupLength: 60,
  expectTextLength: 200,
  hosts: 20,
  canaries: 10,
  /** A watchlist file larger than this is not a watchlist. */
  fileBytes: 1_000_000,
} as const;

/**
 * Canaries run by different companies, reached with mode "no-cors" so they need no host permission:
 * if all of them fail too, the user's connection is the problem, not the site.
 */
export const DEFAULT_CANARIES: readonly string[] = [
  'https://detectportal.firefox.com/success.txt',
  'https://www.gstatic.com/generate_204',
  'https://www.msftconnecttest.com/connecttest.txt',
];

export function defaultSettings(): WatchSettings {
  return {
    intervalMinutes: 5,
    timeoutSeconds: 20,
    retry: { attempts: 1, delaySeconds: 20 },
    canaries: [...DEFAULT_CANARIES],
  };
}

/** A watchlist of these sites with the default settings (what one site's export holds). */
export function watchlistOf(sites: Watchlist['sites'], settings: WatchSettings = defaultSettings()): Watchlist {
  return { format: WATCHLIST_FORMAT, version: WATCHLIST_VERSION, settings, sites };
}

export function defaultWatchlist(): Watchlist {
  return {
    format: WATCHLIST_FORMAT,
    version: WATCHLIST_VERSION,
    settings: defaultSettings(),
    sites: EU_INSTITUTIONS.map((site) => ({ ...site })),
  };
}
