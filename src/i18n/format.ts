import type { Translator } from './translator';

/**
 * Times, durations, sizes and shares for people, through Intl in the translator's locale: "1,2 s"
 * and "25. Nov., 14:05" in German without a word of it in the catalogs.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

function unit(tr: Translator, name: string, value: number, digits = 0, display: 'short' | 'long' = 'short'): string {
  const format = cached(`u:${tr.locale}:${name}:${digits}:${display}`, () => new Intl.NumberFormat(tr.locale, { style: 'unit', unit: name, unitDisplay: display, minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return format.format(value);
}

/** "204 ms", "1.2 sec", "12 sec". */
export function formatMs(tr: Translator, ms: number): string {
  if (ms < 1000) return unit(tr, 'millisecond', Math.round(ms));
  return unit(tr, 'second', ms / 1000, ms < 10_000 ? 1 : 0);
}

/** "812 byte", "16 kB", "15.8 MB" (1024-based, as storage is counted). */
export function formatBytes(tr: Translator, bytes: number): string {
  if (bytes < 1024) return unit(tr, 'byte', bytes);
  if (bytes < 1024 * 1024) return unit(tr, 'kilobyte', bytes / 1024, bytes < 10 * 1024 ? 1 : 0);
  return unit(tr, 'megabyte', bytes / 1024 / 1024, 1);
}

/** An outage's length: "23 min", "2 hr 5 min", "3 days"; never less than a minute. */
export function formatDuration(tr: Translator, ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return unit(tr, 'minute', minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) {
    if (!rest) return unit(tr, 'hour', hours);
    return cached(`l:${tr.locale}`, () => new Intl.ListFormat(tr.locale, { type: 'unit', style: 'narrow' })).format([unit(tr, 'hour', hours), unit(tr, 'minute', rest)]);
  }
  return unit(tr, 'day', Math.round(hours / 24), 0, 'long');
}

/** "99.2%" ("99,2 %" in French); a real outage is never rounded up to 100%. */
export function formatPercent(tr: Translator, share: number, digits = 1): string {
  const format = cached(`p:${tr.locale}:${digits}`, () => new Intl.NumberFormat(tr.locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const step = 10 ** -digits / 100;
  const shown = share < 1 && Number((share * 100).toFixed(digits)) >= 100 ? 1 - step : share;
  return format.format(shown);
}

/** "just now", "3 minutes ago", "yesterday". */
export function ago(tr: Translator, then: number, now: number): string {
  const seconds = Math.round((then - now) / 1000);
  if (Math.abs(seconds) < 45) return tr.t('time_just_now');
  const relative = cached(`r:${tr.locale}`, () => new Intl.RelativeTimeFormat(tr.locale, { numeric: 'auto' }));
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

function dates(tr: Translator, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d:${tr.locale}:${name}`, () => new Intl.DateTimeFormat(tr.locale, options));
}

/** "Nov 25, 2026, 2:05 PM": a moment, in full. */
export function clockTime(tr: Translator, at: number): string {
  return dates(tr, 'clock', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** "14:05" today, "24 Nov, 14:05" another day. */
export function shortTime(tr: Translator, at: number, now: number): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return sameDay ? dates(tr, 'time', { timeStyle: 'short' }).format(at) : dates(tr, 'short', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "Nov 25, 2026": a day. */
export function dayDate(tr: Translator, at: number): string {
  return dates(tr, 'day', { dateStyle: 'medium' }).format(at);
}

/** "8:00 AM" / "08:00": a time of day, for "Quiet until tomorrow 08:00". */
export function timeOfDay(tr: Translator, hours: number, minutes = 0): string {
  return dates(tr, 'time', { timeStyle: 'short' }).format(new Date(2000, 0, 1, hours, minutes));
}

/**
 * "European Parliament, EUR-Lex and Europa": names, joined as the language joins them. Chromium's
 * own ICU data has no Irish or Maltese lists (it would say "and"): there, commas only, which every
 * language reads, rather than an English word.
 */
export function formatList(tr: Translator, items: readonly string[]): string {
  if (!Intl.ListFormat.supportedLocalesOf([tr.locale]).length) return items.join(', ');
  return cached(`c:${tr.locale}`, () => new Intl.ListFormat(tr.locale, { type: 'conjunction' })).format(items);
}
