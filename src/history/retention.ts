import type { HistoryDb } from './db';
import { HOUR_MS, yearStart } from './periods';

/**
 * How long each kind of history is kept, and what goes first when the byte budget is passed: the
 * oldest detail first (raw checks, then hourly buckets, then days), incidents and status changes
 * last. The estimate is passed in (navigator.storage.estimate in the browser).
 */
export const DAY_MS = 86_400_000;
export const RETENTION = {
  checksMs: 2 * DAY_MS,
  hourlyMs: 90 * DAY_MS,
  dailyMs: 10 * 365 * DAY_MS,
  eventsMs: 10 * 365 * DAY_MS,
} as const;

/** Vigil's own share of the disk: a year of 100 sites fits well within it. */
export const DEFAULT_BUDGET_BYTES = 50 * 1024 * 1024;

export type Estimate = () => Promise<{ usage?: number; quota?: number }>;

type AgedStore = 'checks' | 'hourly' | 'daily' | 'transitions' | 'incidents';
interface Tier {
  store: AgedStore;
  keepMs: number;
}

/** Steps of the budget squeeze, in order: each keeps less of one store. */
export const BUDGET_TIERS: readonly Tier[] = [
  { store: 'checks', keepMs: DAY_MS },
  { store: 'hourly', keepMs: 30 * DAY_MS },
  { store: 'checks', keepMs: 6 * 3600_000 },
  { store: 'hourly', keepMs: 7 * DAY_MS },
  { store: 'daily', keepMs: 3 * 365 * DAY_MS },
  { store: 'daily', keepMs: 366 * DAY_MS },
  { store: 'transitions', keepMs: 400 * DAY_MS },
  { store: 'incidents', keepMs: 400 * DAY_MS },
];

interface AgedCursor<V> {
  value: V;
  delete(): Promise<void>;
  continue(): Promise<AgedCursor<V> | null>;
}

async function drain<V>(first: Promise<AgedCursor<V> | null>, shouldDelete: (value: V) => boolean = () => true): Promise<number> {
  let removed = 0;
  let cursor = await first;
  while (cursor) {
    if (shouldDelete(cursor.value)) {
      removed += 1;
      void cursor.delete();
    }
    cursor = await cursor.continue();
  }
  return removed;
}

/** The distinct sites in the checks store, found by jumping from one site's keys to the next. */
async function siteUrlsWithChecks(store: { openKeyCursor(range?: IDBKeyRange): Promise<{ key: [string, number] } | null> }): Promise<string[]> {
  const urls: string[] = [];
  let cursor = await store.openKeyCursor();
  while (cursor) {
    const url = cursor.key[0];
    urls.push(url);
    // '\uffff' sorts after any real URL suffix: the next key belongs to another site.
    cursor = await store.openKeyCursor(IDBKeyRange.lowerBound([`${url}\uffff`, -Infinity]));
  }
  return urls;
}

/** Deletes records of `store` older than `before`; returns how many. */
export async function deleteOlderThan(db: HistoryDb, store: AgedStore, before: number): Promise<number> {
  const range = IDBKeyRange.upperBound(before, true);
  const tx = db.transaction(store, 'readwrite');
  let removed: number;
  switch (store) {
    case 'checks': {
      // Checks are kept an hour of a site per record, keyed [siteUrl, hour]: one key range per site,
      // and an hour goes once all of it is older than `before`.
      const store = tx.objectStore('checks');
      removed = 0;
      for (const siteUrl of await siteUrlsWithChecks(store)) {
        const old = IDBKeyRange.bound([siteUrl, -Infinity], [siteUrl, before - HOUR_MS]);
        const n = await store.count(old);
        if (n) await store.delete(old);
        removed += n;
      }
      break;
    }
    case 'transitions':
      removed = await drain(tx.objectStore('transitions').index('byAt').openCursor(range));
      break;
    case 'hourly':
      removed = await drain(tx.objectStore('hourly').index('byStart').openCursor(range));
      break;
    case 'daily': {
      // A year record goes once its last day is older than `before`; its older days go with it then.
      const yearsBefore = IDBKeyRange.upperBound(yearStart(before), true);
      removed = await drain(tx.objectStore('daily').index('byStart').openCursor(yearsBefore), (r) => new Date(r.start).getFullYear() < new Date(before).getFullYear());
      break;
    }
    case 'incidents':
      // Incidents age by their end: an open incident is never old.
      removed = await drain(tx.objectStore('incidents').index('byStart').openCursor(range), (i) => i.end !== undefined && i.end < before);
      break;
  }
  await tx.done;
  return removed;
}

export interface PruneReport {
  removed: Partial<Record<AgedStore, number>>;
  usageBefore?: number;
  usageAfter?: number;
  /** The budget squeeze went this far (number of tiers applied). */
  tiers: number;
}

/**
 * One step of the budget squeeze (a full disk): undefined when every step has been taken and
 * nothing more can go.
 */
export async function squeezeTier(db: HistoryDb, now: number, tier: number): Promise<Partial<Record<AgedStore, number>> | undefined> {
  const step = BUDGET_TIERS[tier];
  if (!step) return undefined;
  return { [step.store]: await deleteOlderThan(db, step.store, now - step.keepMs) };
}

/** Age-based retention, then the budget squeeze while the estimate is over budget. */
export async function prune(db: HistoryDb, now: number, estimate?: Estimate, budgetBytes = DEFAULT_BUDGET_BYTES, force = false): Promise<PruneReport> {
  const report: PruneReport = { removed: {}, tiers: 0 };
  const add = (store: AgedStore, n: number) => (report.removed[store] = (report.removed[store] ?? 0) + n);
  add('checks', await deleteOlderThan(db, 'checks', now - RETENTION.checksMs));
  add('hourly', await deleteOlderThan(db, 'hourly', now - RETENTION.hourlyMs));
  add('daily', await deleteOlderThan(db, 'daily', now - RETENTION.dailyMs));
  add('transitions', await deleteOlderThan(db, 'transitions', now - RETENTION.eventsMs));
  add('incidents', await deleteOlderThan(db, 'incidents', now - RETENTION.eventsMs));
  if (!estimate) return report;
  let usage = (await estimate()).usage;
  report.usageBefore = usage;
  // `force` (after a quota error): squeeze at least one tier even if the estimate looks fine.
  while ((force && report.tiers === 0) || (usage !== undefined && usage > budgetBytes)) {
    const tier = BUDGET_TIERS[report.tiers];
    if (!tier) break;
    add(tier.store, await deleteOlderThan(db, tier.store, now - tier.keepMs));
    report.tiers += 1;
    usage = (await estimate()).usage;
  }
  report.usageAfter = usage;
  return report;
}

