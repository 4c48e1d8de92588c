import type { Site, Watchlist, WatchSettings } from '../model';
import { defaultSettings, LIMITS, WATCHLIST_FORMAT, WATCHLIST_VERSION } from './defaults';
import { normaliseSiteUrl } from './site-url';

/**
 * Reading and checking the watchlist file (README "Watchlist file"). The same checks guard what is
 * stored, so a damaged storage entry is reported instead of crashing the worker.
 * Errors name the field ("sites[2].url") and what is wrong with it; nothing is half-accepted.
 */

export type WatchlistCheck =
  | { ok: true; watchlist: Watchlist; warnings: string[] }
  | { ok: false; errors: string[] };

type Json = Record<string, unknown>;

const SITE_KEYS = new Set(['url', 'name', 'group', 'expectText', 'hosts', 'slowMs', 'paused']);
const SETTINGS_KEYS = new Set(['intervalMinutes', 'timeoutSeconds', 'retry', 'canaries']);

export function parseWatchlistText(text: string): WatchlistCheck {
  if (text.length > LIMITS.fileBytes) {
    return { ok: false, errors: [`The file is ${Math.round(text.length / 1024)} KB; a watchlist is at most ${LIMITS.fileBytes / 1000} KB`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
  return checkWatchlist(value);
}

export function checkWatchlist(value: unknown): WatchlistCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!isObject(value)) return { ok: false, errors: ['The file must hold a JSON object with "format", "version" and "sites"'] };
  if (value.format !== WATCHLIST_FORMAT) {
    errors.push(`format: expected "${WATCHLIST_FORMAT}", found ${describe(value.format)}`);
  }
  if (value.version !== WATCHLIST_VERSION) {
    errors.push(`version: expected ${WATCHLIST_VERSION}, found ${describe(value.version)}`);
  }
  const settings = checkSettings(value.settings, errors, warnings);
  const sites = checkSites(value.sites, errors, warnings);
  for (const key of Object.keys(value)) {
    if (!['format', 'version', 'settings', 'sites'].includes(key)) warnings.push(`${key}: unknown field, ignored`);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, watchlist: { format: WATCHLIST_FORMAT, version: WATCHLIST_VERSION, settings, sites }, warnings };
}

function checkSettings(value: unknown, errors: string[], warnings: string[]): WatchSettings {
  const settings = defaultSettings();
  if (value === undefined) return settings;
  if (!isObject(value)) {
    errors.push(`settings: expected an object, found ${describe(value)}`);
    return settings;
  }
  const int = (path: string, raw: unknown, range: { min: number; max: number }, fallback: number): number => {
    if (raw === undefined) return fallback;
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < range.min || raw > range.max) {
      errors.push(`${path}: expected a number from ${range.min} to ${range.max}, found ${describe(raw)}`);
      return fallback;
    }
    return raw;
  };
  settings.intervalMinutes = int('settings.intervalMinutes', value.intervalMinutes, LIMITS.intervalMinutes, settings.intervalMinutes);
  settings.timeoutSeconds = int('settings.timeoutSeconds', value.timeoutSeconds, LIMITS.timeoutSeconds, settings.timeoutSeconds);
  if (value.retry !== undefined) {
    if (!isObject(value.retry)) errors.push(`settings.retry: expected an object, found ${describe(value.retry)}`);
    else {
      settings.retry.attempts = int('settings.retry.attempts', value.retry.attempts, LIMITS.retryAttempts, settings.retry.attempts);
      settings.retry.delaySeconds = int('settings.retry.delaySeconds', value.retry.delaySeconds, LIMITS.retryDelaySeconds, settings.retry.delaySeconds);
    }
  }
  if (value.canaries !== undefined) {
    if (!Array.isArray(value.canaries)) errors.push(`settings.canaries: expected a list of addresses, found ${describe(value.canaries)}`);
    else if (value.canaries.length > LIMITS.canaries) errors.push(`settings.canaries: at most ${LIMITS.canaries} canaries, found ${value.canaries.length}`);
    else {
      settings.canaries = [];
      value.canaries.forEach((raw, i) => {
        const url = typeof raw === 'string' ? normaliseSiteUrl(raw) : undefined;
        if (!url || !url.ok) errors.push(`settings.canaries[${i}]: ${url ? url.error : `expected an address, found ${describe(raw)}`}`);
        else settings.canaries.push(url.url);
      });
    }
  }
  for (const key of Object.keys(value)) if (!SETTINGS_KEYS.has(key)) warnings.push(`settings.${key}: unknown field, ignored`);
  return settings;
}

function checkSites(value: unknown, errors: string[], warnings: string[]): Site[] {
  if (!Array.isArray(value)) {
    errors.push(`sites: expected a list of sites, found ${describe(value)}`);
    return [];
  }
  if (value.length > LIMITS.sites) {
    errors.push(`sites: at most ${LIMITS.sites} sites, found ${value.length}`);
    return [];
  }
  const seen = new Map<string, number>();
  const sites: Site[] = [];
  value.forEach((raw, i) => {
    const site = checkSite(raw, `sites[${i}]`, errors, warnings);
    if (!site) return;
    const first = seen.get(site.url);
    if (first !== undefined) errors.push(`sites[${i}].url: ${site.url} is already listed as sites[${first}]`);
    else seen.set(site.url, i);
    sites.push(site);
  });
  return sites;
}

function checkSite(raw: unknown, path: string, errors: string[], warnings: string[]): Site | undefined {
  if (!isObject(raw)) {
    errors.push(`${path}: expected an object with a "url", found ${describe(raw)}`);
    return undefined;
  }
  const before = errors.length;
  if (typeof raw.url !== 'string') {
    errors.push(`${path}.url: expected an address, found ${describe(raw.url)}`);
    return undefined;
  }
  const url = normaliseSiteUrl(raw.url);
  if (!url.ok) {
    errors.push(`${path}.url: ${url.error}`);
    return undefined;
  }
  const site: Site = { url: url.url, name: new URL(url.url).hostname };
  const text = (key: 'name' | 'group' | 'expectText', max: number): void => {
    const v = raw[key];
    if (v === undefined) return;
    if (typeof v !== 'string' || !v.trim() || v.length > max) {
      errors.push(`${path}.${key}: expected text of 1 to ${max} characters, found ${describe(v)}`);
    } else site[key] = v.trim();
  };
  text('name', LIMITS.nameLength);
  text('group', LIMITS.groupLength);
  text('expectText', LIMITS.expectTextLength);
  if (raw.hosts !== undefined) {
    if (!Array.isArray(raw.hosts) || raw.hosts.length > LIMITS.hosts || raw.hosts.some((h) => !isHostName(h))) {
      errors.push(`${path}.hosts: expected a list of up to ${LIMITS.hosts} host names like "europarl.europa.eu", found ${describe(raw.hosts)}`);
    } else site.hosts = (raw.hosts as string[]).map((h) => h.toLowerCase());
  }
  if (raw.slowMs !== undefined) {
    const v = raw.slowMs;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < LIMITS.slowMs.min || v > LIMITS.slowMs.max) {
      errors.push(`${path}.slowMs: expected a number of milliseconds from ${LIMITS.slowMs.min} to ${LIMITS.slowMs.max}, found ${describe(v)}`);
    } else site.slowMs = v;
  }
  if (raw.paused !== undefined) {
    if (typeof raw.paused !== 'boolean') errors.push(`${path}.paused: expected true or false, found ${describe(raw.paused)}`);
    else if (raw.paused) site.paused = true;
  }
  for (const key of Object.keys(raw)) if (!SITE_KEYS.has(key)) warnings.push(`${path}.${key}: unknown field, ignored`);
  return errors.length === before ? site : undefined;
}

function isHostName(value: unknown): value is string {
  return typeof value === 'string' && /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$/i.test(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** The file a user downloads: stable key order, two-space indent, newline at the end. */
export function serialiseWatchlist(watchlist: Watchlist): string {
  return `${JSON.stringify(watchlist, null, 2)}\n`;
}

export interface MergeResult {
  watchlist: Watchlist;
  added: Site[];
  /** Sites of the file that were already watched (kept as they were). */
  skipped: Site[];
}

/** "Add": the current settings stay; sites not yet watched are appended. */
export function addToWatchlist(current: Watchlist, incoming: readonly Site[]): MergeResult {
  const known = new Set(current.sites.map((s) => s.url));
  const added = incoming.filter((s) => !known.has(s.url));
  const skipped = incoming.filter((s) => known.has(s.url));
  if (current.sites.length + added.length > LIMITS.sites) {
    throw new RangeError(`A watchlist holds at most ${LIMITS.sites} sites; adding ${added.length} would make ${current.sites.length + added.length}`);
  }
  return { watchlist: { ...current, sites: [...current.sites, ...added] }, added, skipped };
}
