import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Incident, Notice, RoundProgress, SiteState, SiteStatus, Cause } from '../model';
import { backfillFromV1 } from './backfill';
import type { Bucket } from './bucket';
import { packCheck, type StoredCheckHour } from './checks';
import { hourStart } from './periods';
import type { RecentSummary, SiteSummary } from './summary';

/**
 * The IndexedDB schema and its migrations. The popup and options page open the same database (same
 * extension origin) and only read; the background is the one writer.
 */
export const DB_NAME = 'vigil';
export const DB_VERSION = 2;

export type { StoredCheckHour } from './checks';

export interface MetaRecord {
  key: 'round';
  value: RoundProgress;
}

/** One bucket as read back: an hour or a local day of one site. */
export interface StoredBucket {
  siteUrl: string;
  start: number;
  b: Bucket;
}

/**
 * One year of one site's closed days in one record, flat: [dayMinute, ...bucket] repeated (dayMinute:
 * the local midnight in minutes since the epoch). Written once a day, when a day closes, from the
 * day's hours; today and yesterday are read from their hours.
 */
export interface StoredDays {
  siteUrl: string;
  /** Local midnight of 1 January. */
  start: number;
  days: number[];
}

/**
 * One local day of one site's hourly buckets in one record, flat: [hourStart, ...bucket] repeated.
 * 24 small records a day would cost more in keys than in figures.
 */
export interface StoredHours {
  siteUrl: string;
  /** Local midnight of the day. */
  start: number;
  hours: number[];
}

/** Every status change, kept for years independently of the rollups. */
export interface Transition {
  id?: number;
  siteUrl: string;
  at: number;
  from: SiteStatus;
  to: SiteStatus;
  cause?: Cause;
}

export interface VigilDB extends DBSchema {
  samples: { key: [string, number]; value: StoredCheckHour };
  states: { key: string; value: SiteState };
  incidents: { key: number; value: Incident; indexes: { bySite: string; byStart: number } };
  notices: { key: string; value: Notice };
  meta: { key: string; value: MetaRecord };
  hourly: { key: [string, number]; value: StoredHours; indexes: { byStart: number } };
  daily: { key: [string, number]; value: StoredDays; indexes: { byStart: number } };
  summaries: { key: string; value: SiteSummary };
  recent: { key: string; value: RecentSummary };
  transitions: { key: number; value: Transition; indexes: { bySiteAt: [string, number]; byAt: number } };
}

export type HistoryDb = IDBPDatabase<VigilDB>;
type UpgradeTx = IDBPTransaction<VigilDB, StoreNames<VigilDB>[], 'versionchange'>;
type Migration = (db: HistoryDb, tx: UpgradeTx) => Promise<void> | void;

/**
 * MIGRATIONS[n] brings a database from version n to n + 1; they run in order, so a database of any
 * older version is brought forward. Never edit a released migration: add the next one.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the foundation.
  (db) => {
    // Version 1's samples store, as it was (version 2 replaces it): typed loosely, its indexes are gone.
    const samples = db.createObjectStore('samples', { keyPath: 'id', autoIncrement: true }) as unknown as { createIndex(name: string, keyPath: string | string[]): unknown };
    samples.createIndex('bySiteAt', ['siteUrl', 'at']);
    samples.createIndex('byAt', 'at');
    db.createObjectStore('states', { keyPath: 'siteUrl' });
    const incidents = db.createObjectStore('incidents', { keyPath: 'id', autoIncrement: true });
    incidents.createIndex('bySite', 'siteUrl');
    incidents.createIndex('byStart', 'start');
    db.createObjectStore('notices', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // 1 → 2: rollups, summaries and transitions, backfilled from what version 1 kept; checks packed an
  // hour of a site per record (see checks.ts) instead of one object each under a counter.
  async (db, tx) => {
    db.createObjectStore('hourly', { keyPath: ['siteUrl', 'start'] }).createIndex('byStart', 'start');
    db.createObjectStore('daily', { keyPath: ['siteUrl', 'start'] }).createIndex('byStart', 'start');
    db.createObjectStore('summaries', { keyPath: 'siteUrl' });
    db.createObjectStore('recent', { keyPath: 'siteUrl' });
    const transitions = db.createObjectStore('transitions', { keyPath: 'id', autoIncrement: true });
    transitions.createIndex('bySiteAt', ['siteUrl', 'at']);
    transitions.createIndex('byAt', 'at');
    const v1Samples = await backfillFromV1(tx);
    db.deleteObjectStore('samples');
    const samples = db.createObjectStore('samples', { keyPath: ['siteUrl', 'hour'] });
    const hours = new Map<string, StoredCheckHour>();
    for (const sample of v1Samples) {
      const hour = hourStart(sample.at);
      const key = `${sample.siteUrl} ${hour}`;
      const record = hours.get(key) ?? { siteUrl: sample.siteUrl, hour, checks: [] };
      record.checks.push(packCheck(sample));
      hours.set(key, record);
    }
    for (const record of hours.values()) void samples.put(record);
  },
];

export async function openHistory(name: string = DB_NAME, version: number = DB_VERSION): Promise<HistoryDb> {
  const db: HistoryDb = await openDB<VigilDB>(name, version, {
    async upgrade(database, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v += 1) await MIGRATIONS[v]!(database, tx);
    },
    blocking() {
      // A newer version wants to upgrade (extension updated while a page is open): let it.
      db.close();
    },
  });
  return db;
}
