import { dayStart } from './periods';
import { COL, fromMinute, ROW, toMinute } from './observed';

/** A site's observed seconds by day and by hour: flat rows as in observed.ts. */
export interface Series {
  days: ArrayLike<number>;
  hours: ArrayLike<number>;
}

/**
 * Honest uptime: only observed time counts. Time the browser was closed, the machine asleep or the
 * user's connection offline is neither uptime nor downtime; coverage says how much of the window was
 * observed. `slow` counts as available; `shielded` is its own share.
 */
export interface Availability {
  windowSeconds: number;
  /** Seconds with a known site status (offline excluded). */
  observedSeconds: number;
  /** observed / window, 0..1 */
  coverage: number;
  /** (up + slow) / observed; undefined when nothing was observed. */
  available?: number;
  shielded?: number;
  down?: number;
  /** The same time in seconds per status (up counts slow too): what honest-uptime.ts says in words. */
  upSeconds: number;
  downSeconds: number;
  shieldedSeconds: number;
  /** The user's own connection was down: never part of `observedSeconds`, told apart in words. */
  offlineSeconds: number;
}

export type UptimeWindow = '24h' | '7d' | '30d' | '90d' | '365d';
export const UPTIME_WINDOWS: readonly UptimeWindow[] = ['24h', '7d', '30d', '90d', '365d'];
const WINDOW_DAYS: Record<Exclude<UptimeWindow, '24h'>, number> = { '7d': 7, '30d': 30, '90d': 90, '365d': 365 };

interface Tally {
  up: number;
  shielded: number;
  down: number;
  offline?: number;
}

// Offline time is never uptime nor downtime.
function tally(rows: ArrayLike<number>, from: number): Tally {
  const t = { up: 0, shielded: 0, down: 0, offline: 0 };
  const fromMinute = toMinute(from);
  for (let i = 0; i < rows.length; i += ROW) {
    if (rows[i]! < fromMinute) continue;
    t.up += rows[i + COL.up]! + rows[i + COL.slow]!;
    t.shielded += rows[i + COL.shielded]!;
    t.down += rows[i + COL.down]!;
    t.offline += rows[i + COL.offline]!;
  }
  return t;
}

function availability(t: Tally, windowSeconds: number): Availability {
  const observed = t.up + t.shielded + t.down;
  const result: Availability = {
    windowSeconds,
    observedSeconds: observed,
    coverage: windowSeconds > 0 ? Math.min(1, observed / windowSeconds) : 0,
    upSeconds: t.up,
    downSeconds: t.down,
    shieldedSeconds: t.shielded,
    offlineSeconds: t.offline ?? 0,
  };
  if (observed > 0) Object.assign(result, { available: t.up / observed, shielded: t.shielded / observed, down: t.down / observed });
  return result;
}

/** Days back from today's local midnight: DST-proof, unlike subtracting 24 h multiples. */
function daysAgoStart(now: number, days: number): number {
  const d = new Date(dayStart(now));
  d.setDate(d.getDate() - days);
  return d.getTime();
}

export function uptimeTable(summary: Series, now: number): Record<UptimeWindow, Availability> {
  // The hour under way when the 24 h window opened counts whole: hours are the finest grain kept.
  const table = { '24h': availability(tally(summary.hours, now - 86_400_000 - 3_600_000 + 1), 86_400) } as Record<UptimeWindow, Availability>;
  for (const [window, days] of Object.entries(WINDOW_DAYS) as Array<[UptimeWindow, number]>) {
    const from = daysAgoStart(now, days - 1);
    table[window] = availability(tally(summary.days, from), (now - from) / 1000);
  }
  return table;
}

export interface StripDay {
  start: number;
  /** undefined when the day was not observed at all */
  available?: number;
  coverage: number;
  downSeconds: number;
  shieldedSeconds: number;
  /** Seconds with a known site status that day (the day's tooltip says it). */
  observedSeconds?: number;
}

/** One value per local day, oldest first, today last. */
export function dailyStrip(summary: Series, now: number, days = 90): StripDay[] {
  const byStart = new Map<number, Tally>();
  const rows = summary.days;
  for (let i = 0; i < rows.length; i += ROW) byStart.set(fromMinute(rows[i]!), { up: rows[i + COL.up]! + rows[i + COL.slow]!, shielded: rows[i + COL.shielded]!, down: rows[i + COL.down]! });
  const strip: StripDay[] = [];
  for (let i = days - 1; i >= 0; i -= 1) {
    const start = daysAgoStart(now, i);
    const end = i === 0 ? now : daysAgoStart(now, i - 1);
    const t = byStart.get(start) ?? { up: 0, shielded: 0, down: 0 };
    const a = availability(t, (end - start) / 1000);
    strip.push({ start, ...(a.available === undefined ? {} : { available: a.available }), coverage: a.coverage, downSeconds: t.down, shieldedSeconds: t.shielded, observedSeconds: a.observedSeconds });
  }
  return strip;
}
