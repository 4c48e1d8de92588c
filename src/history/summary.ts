import { OBSERVED, type Observed } from './bucket';
import { dayStart, HOUR_MS } from './periods';
import type { RollupDelta } from './rollup';

/**
 * One small record per site with its observed seconds per status by day (400 days) and by hour
 * (48 h): everything the uptime table and the 90-day strip need, read in one go for all sites.
 * Rows are [start, up, slow, shielded, down, offline].
 */
export interface SiteSummary {
  siteUrl: string;
  days: number[][];
  hours: number[][];
}

export const SUMMARY_DAYS = 400;
export const SUMMARY_HOURS = 48;
const SECONDS = 5; // offset of observed seconds in a bucket

export function emptySummary(siteUrl: string): SiteSummary {
  return { siteUrl, days: [], hours: [] };
}

function addRow(rows: number[][], start: number, seconds: number[]): void {
  let row = rows.find((r) => r[0] === start);
  if (!row) {
    row = [start, 0, 0, 0, 0, 0];
    rows.push(row);
    rows.sort((a, b) => a[0]! - b[0]!);
  }
  for (let i = 0; i < OBSERVED.length; i += 1) row[1 + i] = Math.round((row[1 + i]! + seconds[i]!) * 1000) / 1000;
}

export function applyToSummary(summary: SiteSummary, delta: RollupDelta, now: number): SiteSummary {
  const next = { siteUrl: summary.siteUrl, days: summary.days.map((r) => [...r]), hours: summary.hours.map((r) => [...r]) };
  for (const [start, bucket] of delta.days) addRow(next.days, start, bucket.slice(SECONDS, SECONDS + OBSERVED.length));
  for (const [start, bucket] of delta.hours) addRow(next.hours, start, bucket.slice(SECONDS, SECONDS + OBSERVED.length));
  const oldestDay = dayStart(now - SUMMARY_DAYS * 86_400_000);
  next.days = next.days.filter((r) => r[0]! >= oldestDay);
  next.hours = next.hours.filter((r) => r[0]! >= now - SUMMARY_HOURS * HOUR_MS);
  return next;
}

export function secondsOf(row: number[], status: Observed): number {
  return row[1 + OBSERVED.indexOf(status)]!;
}
