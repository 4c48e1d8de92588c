import { message, type Message, type Sub, type Translator } from '../i18n/translator';
import type { Site, Watchlist, WatchSettings } from '../model';
import { defaultSettings, LIMITS, WATCHLIST_FORMAT, WATCHLIST_VERSION } from './defaults';
import { cleanText, isInvisible, showInvisible } from './clean-text';
import { normaliseCanaryUrl, normaliseSiteUrl } from './site-url';

/**
 * Reading and checking the watchlist file (README "Watchlist file"). The same checks guard what is
 * stored, so a damaged storage entry is reported instead of crashing the worker.
 * Errors name the field ("sites[2].url") and what is wrong with it; nothing is half-accepted.
 */

export type WatchlistCheck =
  | { ok: true; watchlist: Watchlist; warnings: Problem[] }
  | { ok: false; errors: Problem[] };

/** What is wrong, and where: put into words by whoever shows it (problemText). */
export interface Problem {
  /** The field, as in the file: "sites[2].url"; absent for the file as a whole. */
  path?: string;
  message: Message;
}

export function problemText(tr: Translator, problem: Problem): string {
  return problem.path ? tr.t('problem_at', problem.path, tr.say(problem.message)) : tr.say(problem.message);
}

// Limits are passed as the file writes numbers (1440, not 1,440): the user types them into JSON.
const at = (path: string, key: Message['key'], ...subs: Sub[]): Problem => ({ path, message: message(key, ...subs) });

type Json = Record<string, unknown>;

const SITE_KEYS = new Set(['url', 'name', 'group', 'expectText', 'hosts', 'slowMs', 'paused']);
const SETTINGS_KEYS = new Set(['intervalMinutes', 'timeoutSeconds', 'retry', 'canaries']);

export function parseWatchlistText(text: string): WatchlistCheck {
  if (text.length > LIMITS.fileBytes) {
    return { ok: false, errors: [{ message: message('file_too_big', Math.round(text.length / 1024), LIMITS.fileBytes / 1000) }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ message: message('file_not_json', (error as Error).message) }] };
  }
  return checkWatchlist(value);
}

export function checkWatchlist(value: unknown): WatchlistCheck {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  if (!isObject(value)) return { ok: false, errors: [{ message: message('file_not_object') }] };
  if (value.format !== WATCHLIST_FORMAT) errors.push(at('format', 'file_expected_value', `"${WATCHLIST_FORMAT}"`, describe(value.format)));
  if (value.version !== WATCHLIST_VERSION) errors.push(at('version', 'file_expected_value', String(WATCHLIST_VERSION), describe(value.version)));
  const settings = checkSettings(value.settings, errors, warnings);
  const sites = checkSites(value.sites, errors, warnings);
  for (const key of Object.keys(value)) {
    if (!['format', 'version', 'settings', 'sites'].includes(key)) warnings.push(at(key, 'file_unknown_field'));
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, watchlist: { format: WATCHLIST_FORMAT, version: WATCHLIST_VERSION, settings, sites }, warnings };
}

function checkSettings(value: unknown, errors: Problem[], warnings: Problem[]): WatchSettings {
  const settings = defaultSettings();
  if (value === undefined) return settings;
  if (!isObject(value)) {
    errors.push(at('settings', 'file_expected_object', describe(value)));
    return settings;
  }
  const int = (path: string, raw: unknown, range: { min: number; max: number }, fallback: number): number => {
    if (raw === undefined) return fallback;
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < range.min || raw > range.max) {
      errors.push(at(path, 'file_expected_number', String(range.min), String(range.max), describe(raw)));
      return fallback;
    }
    // The format counts whole minutes, seconds and attempts: 1.5 would be rounded somewhere unseen.
    if (!Number.isInteger(raw)) {
      errors.push(at(path, 'input_expected_whole', String(range.min), String(range.max), describe(raw)));
      return fallback;
    }
    return raw;
  };
  settings.intervalMinutes = int('settings.intervalMinutes', value.intervalMinutes, LIMITS.intervalMinutes, settings.intervalMinutes);
  settings.timeoutSeconds = int('settings.timeoutSeconds', value.timeoutSeconds, LIMITS.timeoutSeconds, settings.timeoutSeconds);
  if (value.retry !== undefined) {
    if (!isObject(value.retry)) errors.push(at('settings.retry', 'file_expected_object', describe(value.retry)));
    else {
      settings.retry.attempts = int('settings.retry.attempts', value.retry.attempts, LIMITS.retryAttempts, settings.retry.attempts);
      settings.retry.delaySeconds = int('settings.retry.delaySeconds', value.retry.delaySeconds, LIMITS.retryDelaySeconds, settings.retry.delaySeconds);
    }
  }
  if (value.canaries !== undefined) {
    if (!Array.isArray(value.canaries)) errors.push(at('settings.canaries', 'file_expected_addresses', describe(value.canaries)));
    else if (value.canaries.length > LIMITS.canaries) errors.push(at('settings.canaries', 'file_too_many_canaries', LIMITS.canaries, value.canaries.length));
    else {
      settings.canaries = [];
      value.canaries.forEach((raw, i) => {
        const url = typeof raw === 'string' ? normaliseCanaryUrl(raw) : undefined;
        if (!url || !url.ok) errors.push({ path: `settings.canaries[${i}]`, message: url ? url.error : message('file_expected_address', describe(raw)) });
        else settings.canaries.push(url.url);
      });
    }
  }
  for (const key of Object.keys(value)) if (!SETTINGS_KEYS.has(key)) warnings.push(at(`settings.${key}`, 'file_unknown_field'));
  return settings;
}

function checkSites(value: unknown, errors: Problem[], warnings: Problem[]): Site[] {
  if (!Array.isArray(value)) {
    errors.push(at('sites', 'file_expected_sites', describe(value)));
    return [];
  }
  if (value.length > LIMITS.sites) {
    errors.push(at('sites', 'file_too_many_sites', LIMITS.sites, value.length));
    return [];
  }
  const seen = new Map<string, number>();
  const sites: Site[] = [];
  value.forEach((raw, i) => {
    const site = checkSite(raw, `sites[${i}]`, errors, warnings);
    if (!site) return;
    const first = seen.get(site.url);
    if (first !== undefined) errors.push(at(`sites[${i}].url`, 'file_duplicate_site', site.url, `sites[${first}]`));
    else seen.set(site.url, i);
    sites.push(site);
  });
  return sites;
}

function checkSite(raw: unknown, path: string, errors: Problem[], warnings: Problem[]): Site | undefined {
  if (!isObject(raw)) {
    errors.push(at(path, 'file_expected_site', describe(raw)));
    return undefined;
  }
  const before = errors.length;
  if (typeof raw.url !== 'string') {
    errors.push(at(`${path}.url`, 'file_expected_address', describe(raw.url)));
    return undefined;
  }
  const url = normaliseSiteUrl(raw.url);
  if (!url.ok) {
    errors.push({ path: `${path}.url`, message: url.error });
    return undefined;
  }
  const site: Site = { url: url.url, name: new URL(url.url).hostname };
  const text = (key: 'name' | 'group' | 'expectText', max: number): void => {
    const v = raw[key];
    if (v === undefined) return;
    if (typeof v !== 'string') {
      errors.push(at(`${path}.${key}`, 'file_expected_text', max, describe(v)));
      return;
    }
    // Controls and bidi overrides are removed; what is left must still show something.
    const clean = cleanText(v);
    if (v.trim() && isInvisible(clean)) errors.push(at(`${path}.${key}`, 'input_expected_visible_text'));
    else if (!clean || clean.length > max) errors.push(at(`${path}.${key}`, 'file_expected_text', max, describe(v)));
    else site[key] = clean;
  };
  text('name', LIMITS.nameLength);
  text('group', LIMITS.groupLength);
  text('expectText', LIMITS.expectTextLength);
  if (raw.hosts !== undefined) {
    if (!Array.isArray(raw.hosts) || raw.hosts.length > LIMITS.hosts || raw.hosts.some((h) => !isHostName(h))) {
      errors.push(at(`${path}.hosts`, 'file_expected_hosts', LIMITS.hosts, describe(raw.hosts)));
    } else site.hosts = (raw.hosts as string[]).map((h) => h.toLowerCase());
  }
  if (raw.slowMs !== undefined) {
    const v = raw.slowMs;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < LIMITS.slowMs.min || v > LIMITS.slowMs.max) {
      errors.push(at(`${path}.slowMs`, 'file_expected_ms', String(LIMITS.slowMs.min), String(LIMITS.slowMs.max), describe(v)));
    } else if (!Number.isInteger(v)) {
      errors.push(at(`${path}.slowMs`, 'input_expected_whole_ms', String(LIMITS.slowMs.min), String(LIMITS.slowMs.max), describe(v)));
    } else site.slowMs = v;
  }
  if (raw.paused !== undefined) {
    if (typeof raw.paused !== 'boolean') errors.push(at(`${path}.paused`, 'file_expected_boolean', describe(raw.paused)));
    else if (raw.paused) site.paused = true;
  }
  for (const key of Object.keys(raw)) if (!SITE_KEYS.has(key)) warnings.push(at(`${path}.${key}`, 'file_unknown_field'));
  return errors.length === before ? site : undefined;
}

function isHostName(value: unknown): value is string {
  return typeof value === 'string' && /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$/i.test(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What was found instead: a literal as the file wrote it, or words for what has no short literal. */
function describe(value: unknown): string | Message {
  if (value === undefined) return message('found_nothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return message('found_list');
  if (typeof value === 'string') return showInvisible(JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value));
  if (typeof value === 'object') return message('found_object');
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
    throw new WatchlistFull(added.length, current.sites.length + added.length);
  }
  return { watchlist: { ...current, sites: [...current.sites, ...added] }, added, skipped };
}

/** Adding would pass LIMITS.sites: the command says so in the user's words. */
export class WatchlistFull extends RangeError {
  constructor(
    readonly adding: number,
    readonly wouldBe: number,
  ) {
    super(`A watchlist holds at most ${LIMITS.sites} sites; adding ${adding} would make ${wouldBe}`);
  }

  get problem(): Message {
    return message('file_watchlist_full', LIMITS.sites, this.adding, this.wouldBe);
  }
}
