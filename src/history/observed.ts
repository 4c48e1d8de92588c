import { OBSERVED, SECONDS } from './bucket';
import { dayStart, HOUR_MS } from './periods';
import type { RollupDelta } from './rollup';
import type { RecentSummary, SiteSummary } from './schema';

/**
 * Per site, its observed seconds per status by day (400 days) and by hour (48 h): everything the
 * uptime table and the 90-day strip need, read for all sites in two requests. Rows are flat, ROW
 * numbers each (schema.ts). Closed days live in SiteSummary, rewritten once a day; today, yesterday
 * and the hours live in RecentSummary, the small record each check rewrites.
 */

export const ROW = 1 + OBSERVED.length;
/** Where each status's seconds sit in a row (after the row's minute). */
export const COL = { up: 1, slow: 2, shielded: 3, down: 4, offline: 5 } as const satisfies Record<(typeof OBSERVED)[number], number>;
export const SUMMARY_DAYS = 400;
export const SUMMARY_HOURS = 48;
const MINUTE = 60_000;

export const toMinute = (t: number): number => Math.round(t / MINUTE);
export const fromMinute = (m: number): number => m * MINUTE;

export function emptySummary(siteUrl: string): SiteSummary {
  return { siteUrl, days: new Int32Array(0) };
}

export function emptyRecent(siteUrl: string): RecentSummary {
  return { siteUrl, days: new Int32Array(0), hours: new Int32Array(0) };
}

/** Adds observed seconds to the row of `start`, keeping rows in start order. */
function addRow(rows: number[], start: number, seconds: readonly number[]): void {
  const minute = toMinute(start);
  // Rows come in time order almost always (a check adds to the latest hour, or a new one): look
  // from the end, so a year filed at once is linear, not quadratic.
  const last = rows.length - ROW;
  if (last < 0 || rows[last]! < minute) {
    rows.push(minute, ...seconds);
    return;
  }
  let at = rows.length;
  for (let i = 0; i < rows.length; i += ROW) {
    if (rows[i] === minute) {
      for (let k = 0; k < OBSERVED.length; k += 1) rows[i + 1 + k]! += seconds[k]!;
      return;
    }
    if (rows[i]! > minute) {
      at = i;
      break;
    }
  }
  rows.splice(at, 0, minute, ...seconds);
}

/** Splits rows at `minute`: those before it, and the rest. */
function splitRows(rows: ArrayLike<number>, minute: number): [number[], number[]] {
  let i = 0;
  while (i < rows.length && rows[i]! < minute) i += ROW;
  const all = Array.from(rows);
  return [all.slice(0, i), all.slice(i)];
}

export interface SummaryUpdate {
  recent: RecentSummary;
  /** Days that closed with this update, to append to the site's SiteSummary (usually none). */
  closedDays: number[];
}

export function applyToRecent(recent: RecentSummary, delta: RollupDelta, now: number): SummaryUpdate {
  const days = Array.from(recent.days);
  const hours = Array.from(recent.hours);
  for (const [start, bucket] of delta.days) addRow(days, start, bucket.slice(SECONDS, SECONDS + OBSERVED.length));
  for (const [start, bucket] of delta.hours) addRow(hours, start, bucket.slice(SECONDS, SECONDS + OBSERVED.length));
  // Yesterday stays open: a span that crossed midnight may still add to it.
  const [closedDays, openDays] = splitRows(days, toMinute(dayStart(dayStart(now) - 1)));
  const [, keptHours] = splitRows(hours, toMinute(now - SUMMARY_HOURS * HOUR_MS));
  return { recent: { siteUrl: recent.siteUrl, days: Int32Array.from(openDays), hours: Int32Array.from(keptHours) }, closedDays };
}

export function closeDays(summary: SiteSummary, closedDays: readonly number[], now: number): SiteSummary {
  const days = Array.from(summary.days);
  for (let i = 0; i < closedDays.length; i += ROW) addRow(days, fromMinute(closedDays[i]!), closedDays.slice(i + 1, i + ROW));
  const [, kept] = splitRows(days, toMinute(dayStart(now - SUMMARY_DAYS * 86_400_000)));
  return { siteUrl: summary.siteUrl, days: Int32Array.from(kept) };
}
