import { BUCKET_LENGTH, mergeInto, type Bucket } from './bucket';
import type { StoredBucket, StoredHours } from './db';
import { dayStart, HOUR_MS } from './periods';
import type { RollupDelta } from './rollup';
import { applyToRecent, closeDays, emptyRecent, emptySummary, type RecentSummary, type SiteSummary } from './summary';

/** The slice of idb's object stores this needs: any transaction holding these three stores will do. */
interface Store<K, V> {
  get(key: K): Promise<V | undefined>;
  put(value: V): Promise<unknown>;
}
export interface RollupStores {
  hourly: Store<[string, number], StoredHours>;
  daily: Store<[string, number], StoredBucket>;
  summaries: Store<string, SiteSummary>;
  recent: Store<string, RecentSummary>;
}

const HOUR_ROW = 1 + BUCKET_LENGTH;

/**
 * Adds `add` to the hour starting at `start` in a day record's flat list, in start order. Hours are
 * stored by their offset from the day's start (0 … 24: a small integer, not a nine-byte time).
 */
export function addHour(record: StoredHours, start: number, add: Bucket): void {
  const { hours } = record;
  const offset = (start - record.start) / HOUR_MS;
  let at = hours.length;
  for (let i = 0; i < hours.length; i += HOUR_ROW) {
    if (hours[i] === offset) {
      const bucket = hours.slice(i + 1, i + HOUR_ROW);
      mergeInto(bucket, add);
      hours.splice(i + 1, BUCKET_LENGTH, ...bucket);
      return;
    }
    if (hours[i]! > offset) {
      at = i;
      break;
    }
  }
  hours.splice(at, 0, offset, ...add);
}

/** The hourly buckets of day records, one per hour, oldest first. */
export function expandHours(records: readonly StoredHours[]): StoredBucket[] {
  const out: StoredBucket[] = [];
  for (const record of records) {
    for (let i = 0; i < record.hours.length; i += HOUR_ROW) out.push({ siteUrl: record.siteUrl, start: record.start + record.hours[i]! * HOUR_MS, b: record.hours.slice(i + 1, i + HOUR_ROW) });
  }
  return out;
}

/** Adds a rollup delta to the stored hourly and daily buckets and to the site's summary. */
export async function applyDelta(stores: RollupStores, delta: RollupDelta, now: number): Promise<void> {
  const byDay = new Map<number, Array<[number, Bucket]>>();
  for (const [start, add] of delta.hours) {
    const day = dayStart(start);
    byDay.set(day, [...(byDay.get(day) ?? []), [start, add]]);
  }
  for (const [day, hours] of byDay) {
    const record = (await stores.hourly.get([delta.siteUrl, day])) ?? { siteUrl: delta.siteUrl, start: day, hours: [] };
    for (const [start, add] of hours) addHour(record, start, add);
    await stores.hourly.put(record);
  }
  for (const [start, add] of delta.days) {
    const existing = await stores.daily.get([delta.siteUrl, start]);
    if (existing) {
      mergeInto(existing.b, add);
      await stores.daily.put(existing);
    } else await stores.daily.put({ siteUrl: delta.siteUrl, start, b: add });
  }
  const update = applyToRecent((await stores.recent.get(delta.siteUrl)) ?? emptyRecent(delta.siteUrl), delta, now);
  await stores.recent.put(update.recent);
  if (update.closedDays.length) {
    const summary = (await stores.summaries.get(delta.siteUrl)) ?? emptySummary(delta.siteUrl);
    await stores.summaries.put(closeDays(summary, update.closedDays, now));
  }
}
