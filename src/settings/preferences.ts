import { STORAGE_KEYS } from './storage-keys';
import type { KeyValueStore } from './store';

/** How the user wants to be told (Options → Notifications). Not part of the watchlist file. */
export interface NotificationPrefs {
  /** Outage notifications at all. */
  enabled: boolean;
  /** Also when a site recovers. */
  recoveries: boolean;
  /** No notification before this time (epoch ms): a snooze. */
  quietUntil?: number;
  /**
   * Cross-check confirmed outages from other networks through Globalping (issue 13). Opt-in: the
   * site's address leaves the browser only when this is true. Absent means off.
   */
  crossCheck?: boolean;
  /** A personal Globalping token, sent only with POST /v1/measurements. */
  globalpingToken?: string;
}

export const PREFS_KEY = STORAGE_KEYS.notificationPrefs;

export function defaultPrefs(): NotificationPrefs {
  return { enabled: true, recoveries: true };
}

/** Reads the preferences; anything unreadable falls back to the defaults, field by field. */
export async function loadPrefs(store: KeyValueStore): Promise<NotificationPrefs> {
  const raw = (await store.get(PREFS_KEY)) as Partial<NotificationPrefs> | undefined;
  const prefs = defaultPrefs();
  if (raw && typeof raw === 'object') {
    if (typeof raw.enabled === 'boolean') prefs.enabled = raw.enabled;
    if (typeof raw.recoveries === 'boolean') prefs.recoveries = raw.recoveries;
    if (typeof raw.quietUntil === 'number' && Number.isFinite(raw.quietUntil)) prefs.quietUntil = raw.quietUntil;
    if (raw.crossCheck === true) prefs.crossCheck = true;
    if (typeof raw.globalpingToken === 'string' && /^[\x21-\x7e]{1,200}$/.test(raw.globalpingToken)) prefs.globalpingToken = raw.globalpingToken;
  }
  return prefs;
}

/** Preferences sent by a page, checked whole: undefined when any field is not what it must be. */
export function checkPrefs(raw: unknown): NotificationPrefs | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { enabled, recoveries, quietUntil, crossCheck, globalpingToken } = raw as Record<string, unknown>;
  if (typeof enabled !== 'boolean' || typeof recoveries !== 'boolean') return undefined;
  if (quietUntil !== undefined && (typeof quietUntil !== 'number' || !Number.isFinite(quietUntil))) return undefined;
  if (crossCheck !== undefined && typeof crossCheck !== 'boolean') return undefined;
  if (globalpingToken !== undefined && (typeof globalpingToken !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(globalpingToken))) return undefined;
  return {
    enabled,
    recoveries,
    ...(quietUntil === undefined ? {} : { quietUntil }),
    ...(crossCheck ? { crossCheck } : {}),
    ...(globalpingToken === undefined ? {} : { globalpingToken }),
  };
}

export async function savePrefs(store: KeyValueStore, prefs: NotificationPrefs): Promise<void> {
  await store.set(PREFS_KEY, prefs);
}
