import { formatDuration, formatPercent, shortTime } from '../i18n/format';
import type { MessageKey, Translator } from '../i18n/translator';
import { dayStart, HOUR_MS } from './periods';
import { fromMinute, ROW } from './observed';
import type { Series, Availability, UptimeWindow } from './uptime';

/**
 * Honest words before honest percentages (issue 12, README "Uptime"). A percentage is a share of a
 * period: it means something only when enough of the period was seen. Until then Vigil says what it
 * saw, in time: "Watching since 08:01 (4 min) · down 3 min of it".
 *
 * The rule, on the time Vigil could judge (up, slow or down; shielded and offline time tell nothing
 * about whether the site answers people):
 *   judged ≥ MIN_JUDGED_SECONDS  and  judged ≥ MIN_JUDGED_SHARE × the period.
 * - The floor (1 hour: 12 checks at the default 5-minute interval) keeps a figure off a handful of
 *   checks, where a single check would be a tenth of the result.
 * - The share (a tenth) keeps "over 30 days" from being said of one afternoon of the 30 days, yet
 *   gives a browser open during working hours (8 h a day, 5 days a week: 24% of any week or month)
 *   its figures from the first days. One opened an hour a day (4%) gets time words, which are true.
 * So the 24-hour figure appears after 2 h 24 min of judged time, the 7-day one after 16 h 48 min,
 * the 30-day one after 3 days, the 365-day one after 36 days and a half; always beside the time seen.
 */
export const MIN_JUDGED_SECONDS = 3600;
export const MIN_JUDGED_SHARE = 0.1;

/** Each period's name ("30 days"), as the table's rows and the words say it. */
export const WINDOW_KEYS: Record<UptimeWindow, MessageKey> = { '24h': 'window_24h', '7d': 'window_7d', '30d': 'window_30d', '90d': 'window_90d', '365d': 'window_365d' };

/** The row's figure is the longest of these periods that is meaningful (the month at most). */
const ROW_WINDOWS: readonly UptimeWindow[] = ['30d', '7d', '24h'];

export function judgedSeconds(a: Availability): number {
  return a.upSeconds + a.downSeconds;
}

/** Whether a percentage of this period means something (the rule above). */
export function percentMeaningful(a: Availability): boolean {
  const judged = judgedSeconds(a);
  return judged > 0 && judged >= MIN_JUDGED_SECONDS && judged >= MIN_JUDGED_SHARE * a.windowSeconds;
}

/**
 * When watching began, from the first status change Vigil recorded for the site, if it can be
 * trusted: status changes are kept for years, but the budget may drop the oldest, so a first
 * change later than observed time in the rollups is no start at all.
 */
export function watchingSince(series: Series, firstChangeAt: number | undefined): number | undefined {
  if (firstChangeAt === undefined) return undefined;
  const earlier = (rows: ArrayLike<number>, before: number) => {
    for (let i = 0; i < rows.length; i += ROW) {
      if (fromMinute(rows[i]!) >= before) return false;
      for (let k = 1; k < ROW; k += 1) if (rows[i + k]! > 0) return true;
    }
    return false;
  };
  if (earlier(series.days, dayStart(firstChangeAt))) return undefined;
  if (earlier(series.hours, Math.floor(firstChangeAt / HOUR_MS) * HOUR_MS)) return undefined;
  return firstChangeAt;
}

export type HonestFigure =
  | { kind: 'percent'; a: Availability; up: number }
  /** Not enough seen: what was, in time; `since` when watching began within the period. */
  | { kind: 'time'; a: Availability; since?: number };

export function honestFigure(a: Availability, since: number | undefined, now: number): HonestFigure {
  if (percentMeaningful(a)) return { kind: 'percent', a, up: a.upSeconds / judgedSeconds(a) };
  const within = since !== undefined && now - since <= a.windowSeconds * 1000;
  return { kind: 'time', a, ...(within ? { since } : {}) };
}

/** The figure a row shows: the longest meaningful period up to 30 days, else time words for the month. */
export function rowFigure(uptime: Record<UptimeWindow, Availability>, since: number | undefined, now: number): { window: UptimeWindow; figure: HonestFigure } {
  for (const window of ROW_WINDOWS) {
    const figure = honestFigure(uptime[window], since, now);
    if (figure.kind === 'percent') return { window, figure };
  }
  return { window: '30d', figure: honestFigure(uptime['30d'], since, now) };
}

/** "5 days 4 hr", "3 hr 10 min", "4 min": observed time, finer than formatDuration past two days. */
export function formatSeen(tr: Translator, seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  if (hours < 48) return formatDuration(tr, seconds * 1000);
  // Whole days and hours: "5 days 4 hr" (the minutes of a week say nothing).
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const day = new Intl.NumberFormat(tr.locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
  if (!rest) return day;
  return new Intl.ListFormat(tr.locale, { type: 'unit', style: 'narrow' }).format([day, formatDuration(tr, rest * HOUR_MS)]);
}

/**
 * The figure in words: "99.2% up over 30 days · observed 5 days 4 hr of 30 days", or, until a
 * percentage means something, "Watching since 08:01 (4 min) · down 3 min of it". Shielded time is
 * said for what it means to a person, never as "0% up".
 */
export function honestWords(tr: Translator, figure: HonestFigure, period: string, now: number): string {
  const { a } = figure;
  const parts: string[] = [];
  if (figure.kind === 'percent') {
    parts.push(tr.t('honest_percent', formatPercent(tr, figure.up), period, formatSeen(tr, a.observedSeconds)));
  } else {
    if (figure.since !== undefined) {
      const elapsed = now - figure.since;
      const at = shortTime(tr, figure.since, now);
      parts.push(elapsed < 60_000 ? tr.t('honest_watching_new', at) : tr.t('honest_watching', at, formatDuration(tr, elapsed)));
    } else if (a.observedSeconds > 0) parts.push(tr.t('honest_observed', formatSeen(tr, a.observedSeconds), period));
    else parts.push(tr.t('honest_nothing_seen', period));
    if (a.downSeconds > 0) parts.push(tr.t('honest_down_of_it', formatSeen(tr, a.downSeconds)));
    else if (a.upSeconds > 0) parts.push(tr.t('honest_no_down'));
  }
  if (a.shieldedSeconds > 0) parts.push(a.shieldedSeconds >= a.observedSeconds ? tr.t('honest_shielded_all') : tr.t('honest_shielded_of_it', formatSeen(tr, a.shieldedSeconds)));
  if (a.offlineSeconds > 0 && figure.kind === 'time') parts.push(tr.t('honest_offline_of_it', formatSeen(tr, a.offlineSeconds)));
  return parts.join(' · ');
}
