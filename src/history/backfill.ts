import type { DBSchema, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { ProbeResult, SiteState } from '../model';
import { applyDelta } from './bucket-store';
import type { VigilDB } from './db';
import { rollupDelta } from './rollup';

/**
 * Version 1 kept raw samples and incidents only. Rebuild rollups and summaries from the samples (each
 * sample's outcome stands for the status until the next one, as far as a 5-minute schedule explains)
 * and status changes from the incidents, so nothing observed before the upgrade is lost.
 */
const V1_INTERVAL_MS = 5 * 60_000;

/** Returns version 1's samples (without their counter ids) for the new samples store. */
export async function backfillFromV1(tx: IDBPTransaction<VigilDB, StoreNames<VigilDB>[], 'versionchange'>): Promise<ProbeResult[]> {
  const stores = { hourly: tx.objectStore('hourly'), daily: tx.objectStore('daily'), summaries: tx.objectStore('summaries'), recent: tx.objectStore('recent') };
  const kept: ProbeResult[] = [];
  let prev: SiteState | undefined;
  // Version 1's samples store had a counter key and a [siteUrl, at] index; typed here as it was.
  const v1 = tx.objectStore('samples' as never) as unknown as IDBPObjectStore<V1, ['samples'], 'samples', 'versionchange'>;
  let cursor = await v1.index('bySiteAt').openCursor();
  let latest = 0;
  while (cursor) {
    const { id: _id, ...sample } = cursor.value;
    kept.push(sample);
    latest = Math.max(latest, sample.at);
    if (prev && prev.siteUrl !== sample.siteUrl) prev = undefined;
    const next: SiteState = { siteUrl: sample.siteUrl, status: sample.outcome, since: sample.at, lastCheckedAt: sample.at, nextDueAt: sample.at + V1_INTERVAL_MS, failures: 0 };
    await applyDelta(stores, rollupDelta(prev, next, sample), sample.at);
    prev = next;
    cursor = await cursor.continue();
  }
  const transitions = tx.objectStore('transitions');
  for (const incident of await tx.objectStore('incidents').getAll()) {
    await transitions.add({ siteUrl: incident.siteUrl, at: incident.start, from: 'up', to: 'down', cause: incident.cause });
    if (incident.end !== undefined) await transitions.add({ siteUrl: incident.siteUrl, at: incident.end, from: 'down', to: incident.lastEvidence.outcome });
  }
  return kept;
}

interface V1 extends DBSchema {
  samples: { key: number; value: ProbeResult & { id: number }; indexes: { bySiteAt: [string, number] } };
}
