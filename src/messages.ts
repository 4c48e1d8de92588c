import type { CrossCheck } from './crosscheck/types';
import type { HistoryHealth } from './history/store';
import type { Site, WatchSettings } from './model';
import type { NotificationPrefs } from './settings/preferences';

/**
 * The one typed protocol between the pages (popup, options) and the background. Every command is
 * a key of `Commands`: its request and its response. Handlers are an object typed by this map.
 */

export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; error: string };

export interface Commands {
  /** What the pages must say about storage: the background's own view (a full disk). */
  health: { request: Record<string, never>; response: Outcome<HistoryHealth> };
  /** Nothing but waking the background: it then finishes a round that was cut short. */
  wake: { request: Record<string, never>; response: Outcome };
  /** Probe every active site now (or one site), regardless of schedule. */
  checkNow: { request: { siteUrl?: string }; response: Outcome<{ total: number }> };
  addSite: { request: { url: string; name?: string }; response: Outcome<{ site: Site }> };
  removeSite: { request: { url: string }; response: Outcome };
  setInterval: { request: { minutes: number }; response: Outcome };
  importWatchlist: {
    request: { text: string; mode: 'replace' | 'add' };
    response: Outcome<{ added: number; skipped: number; total: number }>;
  };
  /** Change one site's fields (name, group, expectText, hosts, slowMs, paused); validated whole. */
  updateSite: { request: { url: string; site: Site }; response: Outcome<{ site: Site }> };
  updateSettings: { request: { settings: WatchSettings }; response: Outcome };
  /** Add every site of a preset that is not watched yet. */
  /** `preset` is a preset id of src/settings/presets ('eu-institutions', 'fi' …); `group` is where its sites went. */
  addPreset: { request: { preset: string }; response: Outcome<{ added: number; group: string }> };
  /**
   * Remove the preset's own addresses, whatever group they are in; the user's sites that merely
   * share the group's name stay. Answers with the sites removed, as they were, for Undo.
   */
  removePreset: { request: { preset: string }; response: Outcome<{ removed: Site[] }> };
  /**
   * Undo of a removal: each site back at the place it had in the list (`index`), with every field it
   * had; one already watched again is left as it is. The history gives each its state back.
   */
  putBackSites: { request: { sites: Array<{ site: Site; index: number }> }; response: Outcome<{ added: number }> };
  /** Options → Notifications; the background is the one writer of settings. */
  setNotificationPrefs: { request: { prefs: NotificationPrefs }; response: Outcome };
  /** Back to the embedded defaults: watchlist and settings (history is kept). */
  reset: { request: Record<string, never>; response: Outcome };
  /**
   * Cross-check one watched site from other networks (Globalping), when the user opted in. Answers
   * with the verdict when it is already known (reused, refused by the limits), else `running`: the
   * verdict lands in storage (src/crosscheck/store.ts) when the measurement finishes.
   */
  crossCheck: { request: { siteUrl: string }; response: Outcome<{ running: boolean; check?: CrossCheck }> };
}

export type CommandName = keyof Commands;
export type Request<K extends CommandName> = { type: K } & Commands[K]['request'];
export type AnyRequest = { [K in CommandName]: Request<K> }[CommandName];
export type Response<K extends CommandName> = Commands[K]['response'];
export type Handlers = { [K in CommandName]: (request: Commands[K]['request']) => Promise<Response<K>> };

/** Sent by the background to open pages when stored data changed; pages re-read IndexedDB. */
export interface ChangedBroadcast {
  type: 'changed';
  what: 'states' | 'watchlist' | 'round';
}

const NAMES: ReadonlySet<string> = new Set<CommandName>([
  'health', 'wake', 'checkNow', 'addSite', 'removeSite', 'setInterval', 'importWatchlist', 'updateSite', 'updateSettings', 'addPreset', 'removePreset', 'putBackSites', 'setNotificationPrefs', 'reset',
  'crossCheck',
]);

export function isRequest(message: unknown): message is AnyRequest {
  return typeof message === 'object' && message !== null && NAMES.has((message as { type?: unknown }).type as string);
}

export function isChangedBroadcast(message: unknown): message is ChangedBroadcast {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'changed';
}
