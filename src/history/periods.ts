/**
 * Bucket edges. Hours are UTC hours (every hour is 3600 s, whatever the time zone does); days are
 * the user's local calendar days, so a daylight-saving day is 23 or 25 hours long and the 90-day
 * strip matches the calendar the user lives in.
 */
export const HOUR_MS = 3600_000;

export function hourStart(t: number): number {
  return Math.floor(t / HOUR_MS) * HOUR_MS;
}

export function dayStart(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function nextDayStart(start: number): number {
  const d = new Date(start);
  d.setDate(d.getDate() + 1);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** "2026-11-25" in local time: how a day is named in exports. */
export function dayKey(start: number): string {
  const d = new Date(start);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Cuts [from, to) at bucket edges: each piece is [bucketStart, seconds]. */
export function splitSpan(from: number, to: number, startOf: (t: number) => number, next: (start: number) => number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let cursor = from;
  while (cursor < to) {
    const start = startOf(cursor);
    const end = Math.min(next(start), to);
    pieces.push([start, (end - cursor) / 1000]);
    cursor = end;
  }
  return pieces;
}

export const nextHourStart = (start: number): number => start + HOUR_MS;

/** Local midnight of 1 January of the year holding `t`. */
export function yearStart(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), 0, 1).getTime();
}
