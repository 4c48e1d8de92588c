import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openHistoryDb } from '../../../../src/history/db';
import { DB_VERSION } from '../../../../src/history/schema';
import { result, SITE } from '../../helpers';

const name = () => `m-${Math.random()}`;
const STORES = ['checks', 'daily', 'forgotten', 'hourly', 'incidents', 'meta', 'notices', 'recent', 'states', 'summaries', 'transitions'];

describe('migration 003, the first released schema', () => {
  it('creates every store of a new database, with its indexes', async () => {
    const db = await openHistoryDb(name());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    const tx = db.transaction(['incidents', 'transitions', 'hourly']);
    expect([...tx.objectStore('incidents').indexNames].sort()).toEqual(['bySite', 'byStart']);
    expect([...tx.objectStore('transitions').indexNames].sort()).toEqual(['byAt', 'bySiteAt']);
    expect([...tx.objectStore('hourly').indexNames]).toEqual(['byStart']);
    db.close();
  });

  it('moves a development version-2 database forward: checks renamed, everything else kept', async () => {
    const dbName = name();
    // The development schema 2 as it was: the same records, the checks' store called `samples`.
    const v2 = await openDB(dbName, 2, {
      upgrade(db) {
        db.createObjectStore('samples', { keyPath: ['siteUrl', 'hour'] });
        db.createObjectStore('states', { keyPath: 'siteUrl' });
        const incidents = db.createObjectStore('incidents', { keyPath: 'id', autoIncrement: true });
        incidents.createIndex('bySite', 'siteUrl');
        incidents.createIndex('byStart', 'start');
        for (const store of ['notices', 'meta']) db.createObjectStore(store, { keyPath: store === 'meta' ? 'key' : 'id' });
        db.createObjectStore('hourly', { keyPath: ['siteUrl', 'start'] }).createIndex('byStart', 'start');
        db.createObjectStore('daily', { keyPath: ['siteUrl', 'start'] }).createIndex('byStart', 'start');
        db.createObjectStore('summaries', { keyPath: 'siteUrl' });
        db.createObjectStore('recent', { keyPath: 'siteUrl' });
        const transitions = db.createObjectStore('transitions', { keyPath: 'id', autoIncrement: true });
        transitions.createIndex('bySiteAt', ['siteUrl', 'at']);
        transitions.createIndex('byAt', 'at');
      },
    });
    await v2.put('samples', { siteUrl: SITE.url, hour: 3_600_000, checks: [[0, 0, -1, 200, 100, 120, 2048]] });
    await v2.put('samples', { siteUrl: SITE.url, hour: 7_200_000, checks: [[5, 3, 0, 503, 90, 95, 10]] });
    await v2.put('states', { siteUrl: SITE.url, status: 'up', since: 1, nextDueAt: 2, failures: 0, last: result() });
    await v2.add('incidents', { siteUrl: SITE.url, start: 1, cause: 'http', firstEvidence: result(), lastEvidence: result() });
    v2.close();

    const db = await openHistoryDb(dbName);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    expect((await db.getAll('checks')).map((h) => h.hour)).toEqual([3_600_000, 7_200_000]);
    expect(await db.count('states')).toBe(1);
    expect(await db.count('incidents')).toBe(1);
    db.close();
  });

  it('starts a development version-1 database anew (that layout had no rollups and never shipped)', async () => {
    const dbName = name();
    const v1 = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('samples', { keyPath: 'id', autoIncrement: true });
        db.createObjectStore('states', { keyPath: 'siteUrl' });
      },
    });
    await v1.put('states', { siteUrl: SITE.url, status: 'up' });
    v1.close();
    const db = await openHistoryDb(dbName);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    expect(await db.count('states')).toBe(0);
    db.close();
  });
});
