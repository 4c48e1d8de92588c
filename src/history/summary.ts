import { OBSERVED, type Observed } from './bucket';
import { dayStart, HOUR_MS } from './periods';
import type { RollupDelta } from './rollup';

/**
 * One small record per site with its observed seconds per status by day (400 days) and by hour
 * (48 h): everything the uptime table and the 90-day strip need, read in one go for all sites.
 * Rows are flat, ROW numbers each: [start, up, slow, shielded, down, offline, start, up, …]; one flat
 * array reads back from IndexedDB many times faster than hundreds of small ones.
 */
export interface SiteSummary {
  siteUrl: string;
  days: number[];
  hours: number[];
}

export const ROW = 1 + OBSERVED.length;
export const SUMMARY_DAYS = 400;
export const SUMMARY_HOURS = 48;
const SECONDS = 5; // offset of observed seconds in a bucket

export function emptySummary(siteUrl: string): SiteSummary {
  return { siteUrl, days: [], hours: [] };
}

/** Adds observed seconds to the row starting at `start`, keeping rows in start order. */
function addRow(rows: number[], start: number, seconds: readonly number[]): void {
  let at = rows.length;
  for (let i = 0; i < rows.length; i += ROW) {
    if (rows[i] === start) {
      for (let k = 0; k < OBSERVED.length; k += 1) rows[i + 1 + k] = Math.round((rows[i + 1 + k]! + seconds[k]!) * 1000) / 1000;
      return;
    }
    if (rows[i]! > start) {
      at = i;
      break;
    }
  }
  rows.splice(at, 0, start, ...seconds);
}

function dropBefore(rows: number[], oldest: number): number[] {
  let i = 0;
  while (i < rows.length && rows[i]! < oldest) i += ROW;
  return i ? rows.slice(i) : rows;
}

export function applyToSummary(summary: SiteSummary, delta: RollupDelta, now: number): SiteSummary {
  const next = { siteUrl: summary.siteUrl, days: [...summary.days], hours: [...summary.hours] };
  for (const [start, bucket] of delta.days) addRow(next.days, start, bucket.slice(SECONDS, SECONDS + OBSERVED.length));
  for (const [start, bucket] of delta.hours) addRow(next.hours, start, bucket.slice(SECONDS, SECONDS + OBSERVED.length));
  next.days = dropBefore(next.days, dayStart(now - SUMMARY_DAYS * 86_400_000));
  next.hours = dropBefore(next.hours, now - SUMMARY_HOURS * HOUR_MS);
  return next;
}

/** Visits each row of a flat series: its start and observed seconds by status. */
export function eachRow(rows: readonly number[], visit: (start: number, seconds: (status: Observed) => number) => void): void {
  for (let i = 0; i < rows.length; i += ROW) visit(rows[i]!, (status) => rows[i + 1 + OBSERVED.indexOf(status)]!);
}
