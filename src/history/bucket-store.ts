import { decodeBucket, emptyBucket, encodeBucket, mergeInto, type Bucket } from './bucket';
import { dayStart, HOUR_MS, yearStart } from './periods';
import type { RollupDelta } from './rollup';
import { applyToRecent, closeDays, emptyRecent, emptySummary, fromMinute, ROW, toMinute } from './observed';
import type { RecentSummary, SiteSummary, StoredDays, StoredHours } from './schema';

/** One bucket as read back: an hour or a local day of one site. */
export interface StoredBucket {
  siteUrl: string;
  start: number;
  b: Bucket;
}

/** The slice of idb's object stores this needs: any transaction holding these three stores will do. */
interface Store<K, V> {
  get(key: K): Promise<V | undefined>;
  put(value: V): Promise<unknown>;
}
export interface RollupStores {
  hourly: Store<[string, number], StoredHours>;
  daily: Store<[string, number], StoredDays>;
  summaries: Store<string, SiteSummary>;
  recent: Store<string, RecentSummary>;
}

/**
 * Hours of a day and days of a year are kept as flat rows: [key, length, ...encoded bucket] (see
 * encodeBucket), key being the hour's offset from the day's start or the day's minute. Records are
 * decoded whole, changed, and encoded again: a day has 24 rows, a year 366, and a year is written
 * once a day.
 */
export function readRows(flat: ArrayLike<number>): Array<[number, Bucket]> {
  const rows: Array<[number, Bucket]> = [];
  for (let i = 0; i < flat.length; ) {
    const length = flat[i + 1]!;
    rows.push([flat[i]!, decodeBucket(Array.prototype.slice.call(flat, i + 2, i + 2 + length) as number[])]);
    i += 2 + length;
  }
  return rows;
}

export function writeRows(rows: Array<[number, Bucket]>): number[] {
  const flat: number[] = [];
  for (const [key, bucket] of [...rows].sort((a, b) => a[0] - b[0])) {
    const encoded = encodeBucket(bucket);
    flat.push(key, encoded.length, ...encoded);
  }
  return flat;
}

/** Adds `add` to the row of `key` (merging), or replaces it. */
function upsertRows(flat: ArrayLike<number>, changes: ReadonlyArray<readonly [number, Bucket]>, merge: boolean): number[] {
  // Decoded and encoded once for all the changes: a delta of a whole day is 24 hours.
  const rows = readRows(flat);
  for (const [key, bucket] of changes) {
    const row = rows.find(([k]) => k === key);
    if (row && merge) mergeInto(row[1], bucket);
    else if (row) row[1] = bucket;
    else rows.push([key, bucket]);
  }
  return writeRows(rows);
}

/** Adds `add` to the hour starting at `start` in a day record (hours keyed by offset from the day's start). */
export function addHour(record: StoredHours, start: number, add: Bucket): void {
  addHours(record, [[start, add]]);
}

/** Adds buckets to several hours of one day record at once. */
export function addHours(record: StoredHours, hours: ReadonlyArray<readonly [number, Bucket]>): void {
  record.hours = upsertRows(record.hours, hours.map(([start, add]) => [(start - record.start) / HOUR_MS, add] as const), true);
}

/** The hourly buckets of day records, one per hour, oldest first. */
export function expandHours(records: readonly StoredHours[]): StoredBucket[] {
  return records.flatMap((record) => readRows(record.hours).map(([offset, b]) => ({ siteUrl: record.siteUrl, start: record.start + offset * HOUR_MS, b })));
}

/** A day's bucket: the sum of its hours. */
export function dayOfHours(record: StoredHours | undefined): Bucket {
  const day = emptyBucket();
  if (record) for (const [, bucket] of readRows(record.hours)) mergeInto(day, bucket);
  return day;
}

/** Puts a closed day's bucket into its year record (replacing the day if present). */
export function addDay(record: StoredDays, start: number, bucket: Bucket): void {
  addDays(record, [[start, bucket]]);
}

/** Puts closed days' buckets into their year record at once (replacing days already there). */
export function addDays(record: StoredDays, days: ReadonlyArray<readonly [number, Bucket]>): void {
  record.days = upsertRows(record.days, days.map(([start, bucket]) => [toMinute(start), bucket] as const), false);
}

export function expandDays(records: readonly StoredDays[]): StoredBucket[] {
  return records.flatMap((record) => readRows(record.days).map(([minute, b]) => ({ siteUrl: record.siteUrl, start: fromMinute(minute), b })));
}

/** Adds a rollup delta to the stored hourly buckets and the site's summaries; closes finished days. */
export async function applyDelta(stores: RollupStores, delta: RollupDelta, now: number): Promise<void> {
  const byDay = new Map<number, Array<[number, Bucket]>>();
  for (const [start, add] of delta.hours) {
    const day = dayStart(start);
    const list = byDay.get(day) ?? [];
    list.push([start, add]);
    byDay.set(day, list);
  }
  for (const [day, hours] of byDay) {
    const record = (await stores.hourly.get([delta.siteUrl, day])) ?? { siteUrl: delta.siteUrl, start: day, hours: [] };
    addHours(record, hours);
    await stores.hourly.put(record);
  }
  const update = applyToRecent((await stores.recent.get(delta.siteUrl)) ?? emptyRecent(delta.siteUrl), delta, now);
  await stores.recent.put(update.recent);
  if (update.closedDays.length) {
    const summary = (await stores.summaries.get(delta.siteUrl)) ?? emptySummary(delta.siteUrl);
    await stores.summaries.put(closeDays(summary, update.closedDays, now));
    // Once a day: the closed day's hours become its daily bucket, kept for years. Days that close
    // together (a browser closed for a while) go into their year's record in one rewrite.
    const byYear = new Map<number, Array<[number, Bucket]>>();
    for (let i = 0; i < update.closedDays.length; i += ROW) {
      const day = fromMinute(update.closedDays[i]!);
      const list = byYear.get(yearStart(day)) ?? [];
      list.push([day, dayOfHours(await stores.hourly.get([delta.siteUrl, day]))]);
      byYear.set(yearStart(day), list);
    }
    for (const [year, days] of byYear) {
      const record = (await stores.daily.get([delta.siteUrl, year])) ?? { siteUrl: delta.siteUrl, start: year, days: [] };
      addDays(record, days);
      await stores.daily.put(record);
    }
  }
}
