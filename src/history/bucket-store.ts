import { mergeInto } from './bucket';
import type { StoredBucket } from './db';
import type { RollupDelta } from './rollup';
import { applyToSummary, emptySummary, type SiteSummary } from './summary';

/** The slice of idb's object stores this needs: any transaction holding these three stores will do. */
interface BucketStore {
  get(key: [string, number]): Promise<StoredBucket | undefined>;
  put(value: StoredBucket): Promise<unknown>;
}
interface SummaryStore {
  get(key: string): Promise<SiteSummary | undefined>;
  put(value: SiteSummary): Promise<unknown>;
}
export interface RollupStores {
  hourly: BucketStore;
  daily: BucketStore;
  summaries: SummaryStore;
}

/** Adds a rollup delta to the stored hourly and daily buckets and to the site's summary. */
export async function applyDelta(stores: RollupStores, delta: RollupDelta, now: number): Promise<void> {
  for (const [store, map] of [[stores.hourly, delta.hours], [stores.daily, delta.days]] as const) {
    for (const [start, add] of map) {
      const existing = await store.get([delta.siteUrl, start]);
      if (existing) {
        mergeInto(existing.b, add);
        await store.put(existing);
      } else await store.put({ siteUrl: delta.siteUrl, start, b: add });
    }
  }
  const summary = (await stores.summaries.get(delta.siteUrl)) ?? emptySummary(delta.siteUrl);
  await stores.summaries.put(applyToSummary(summary, delta, now));
}
