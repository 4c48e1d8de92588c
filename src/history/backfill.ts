import type { IDBPTransaction, StoreNames } from 'idb';
import type { SiteState } from '../model';
import { applyDelta } from './bucket-store';
import type { VigilDB } from './db';
import { rollupDelta } from './rollup';

/**
 * Version 1 kept raw samples and incidents only. Rebuild rollups and summaries from the samples (each
 * sample's outcome stands for the status until the next one, as far as a 5-minute schedule explains)
 * and status changes from the incidents, so nothing observed before the upgrade is lost.
 */
const V1_INTERVAL_MS = 5 * 60_000;

export async function backfillFromV1(tx: IDBPTransaction<VigilDB, StoreNames<VigilDB>[], 'versionchange'>): Promise<void> {
  const stores = { hourly: tx.objectStore('hourly'), daily: tx.objectStore('daily'), summaries: tx.objectStore('summaries') };
  let prev: SiteState | undefined;
  let cursor = await tx.objectStore('samples').index('bySiteAt').openCursor();
  let latest = 0;
  while (cursor) {
    const sample = cursor.value;
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
}
