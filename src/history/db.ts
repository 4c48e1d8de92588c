import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Incident, Notice, ProbeResult, RoundProgress, SiteState } from '../model';

/**
 * The IndexedDB schema. The popup and options page open the same database (same extension origin)
 * and only read; the background is the one writer.
 */
export const DB_NAME = 'vigil';
export const DB_VERSION = 1;

export interface StoredSample extends ProbeResult {
  id?: number;
}

export interface MetaRecord {
  key: 'round';
  value: RoundProgress;
}

export interface VigilDB extends DBSchema {
  samples: { key: number; value: StoredSample; indexes: { bySiteAt: [string, number]; byAt: number } };
  states: { key: string; value: SiteState };
  incidents: { key: number; value: Incident; indexes: { bySite: string; byStart: number } };
  notices: { key: string; value: Notice };
  meta: { key: string; value: MetaRecord };
}

export type HistoryDb = IDBPDatabase<VigilDB>;

export async function openHistory(name: string = DB_NAME): Promise<HistoryDb> {
  const db: HistoryDb = await openDB<VigilDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // One block per version, applied in order: a database of any older version is brought forward.
      if (oldVersion < 1) {
        const samples = db.createObjectStore('samples', { keyPath: 'id', autoIncrement: true });
        samples.createIndex('bySiteAt', ['siteUrl', 'at']);
        samples.createIndex('byAt', 'at');
        db.createObjectStore('states', { keyPath: 'siteUrl' });
        const incidents = db.createObjectStore('incidents', { keyPath: 'id', autoIncrement: true });
        incidents.createIndex('bySite', 'siteUrl');
        incidents.createIndex('byStart', 'start');
        db.createObjectStore('notices', { keyPath: 'id' });
        db.createObjectStore('meta', { keyPath: 'key' });
      }
    },
    blocking() {
      // A newer version wants to upgrade (extension updated while a page is open): let it.
      db.close();
    },
  });
  return db;
}
