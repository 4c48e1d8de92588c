/** The watchlist file's name and version (README "The watchlist file"), in one place. */
export const WATCHLIST_FORMAT = 'vigil-watchlist';
export const WATCHLIST_VERSION = 1;
