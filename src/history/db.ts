import { openDB, type IDBPDatabase } from 'idb';
import { MIGRATIONS } from './migrations';
import { DB_NAME, DB_VERSION, type VigilDB } from './schema';

/** The raw database handle: used only behind the door (store.ts) and by the history's own modules. */
export type HistoryDb = IDBPDatabase<VigilDB>;

/** `terminated`: the browser closed the connection abnormally (a storage failure). */
export async function openHistoryDb(name: string = DB_NAME, version: number = DB_VERSION, terminated?: () => void): Promise<HistoryDb> {
  const db: HistoryDb = await openDB<VigilDB>(name, version, {
    async upgrade(database, oldVersion, newVersion, tx) {
      let from = oldVersion;
      for (const [to, migrate] of MIGRATIONS) {
        if (to <= from || to > (newVersion ?? version)) continue;
        await migrate(database, from, tx);
        from = to;
      }
    },
    blocking() {
      // A newer version wants to upgrade (extension updated while a page is open): let it.
      db.close();
    },
    ...(terminated ? { terminated } : {}),
  });
  return db;
}
