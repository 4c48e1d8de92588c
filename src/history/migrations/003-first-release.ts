import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { VigilDB } from '../schema';

type Db = IDBPDatabase<VigilDB>;
type UpgradeTx = IDBPTransaction<VigilDB, StoreNames<VigilDB>[], 'versionchange'>;

/**
 * Version 3, the first released schema. FROZEN: never edit it once released; add the next migration.
 *
 * Versions 1 and 2 were development schemas that no release shipped; they are folded in here:
 * - from nothing: every store is created;
 * - from 2 (same records, the raw checks' store was called `samples`): the checks are moved to
 *   `checks`, everything else is kept as it is;
 * - from 1 (an early development layout without rollups): its stores are dropped and created anew.
 *
 * It uses no code of the live write path, so a later change there cannot change what it does.
 */
export async function firstRelease(db: Db, oldVersion: number, tx: UpgradeTx): Promise<void> {
  const loose = db as unknown as IDBPDatabase;
  if (oldVersion === 1) for (const name of [...loose.objectStoreNames]) loose.deleteObjectStore(name);
  if (oldVersion === 2) {
    const checks = db.createObjectStore('checks', { keyPath: ['siteUrl', 'hour'] });
    const old = (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore('samples');
    for (let cursor = await old.openCursor(); cursor; cursor = await cursor.continue()) void checks.put(cursor.value as VigilDB['checks']['value']);
    loose.deleteObjectStore('samples');
    db.createObjectStore('forgotten', { keyPath: 'siteUrl' });
    return;
  }
  db.createObjectStore('checks', { keyPath: ['siteUrl', 'hour'] });
  db.createObjectStore('states', { keyPath: 'siteUrl' });
  const incidents = db.createObjectStore('incidents', { keyPath: 'id', autoIncrement: true });
  incidents.createIndex('bySite', 'siteUrl');
  incidents.createIndex('byStart', 'start');
  db.createObjectStore('notices', { keyPath: 'id' });
  db.createObjectStore('meta', { keyPath: 'key' });
  db.createObjectStore('hourly', { keyPath: ['siteUrl', 'start'] }).createIndex('byStart', 'start');
  db.createObjectStore('daily', { keyPath: ['siteUrl', 'start'] }).createIndex('byStart', 'start');
  db.createObjectStore('summaries', { keyPath: 'siteUrl' });
  db.createObjectStore('recent', { keyPath: 'siteUrl' });
  const transitions = db.createObjectStore('transitions', { keyPath: 'id', autoIncrement: true });
  transitions.createIndex('bySiteAt', ['siteUrl', 'at']);
  transitions.createIndex('byAt', 'at');
  db.createObjectStore('forgotten', { keyPath: 'siteUrl' });
}
