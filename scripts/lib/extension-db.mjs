// Reading the extension's own IndexedDB from an extension page of a launched browser (a handle of
// browsers.mjs): shared by the end-to-end tests and the benchmark.

/** @typedef {{evalInExtension: <A, R>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>}} Handle */

/**
 * Reads one IndexedDB store of the extension ('vigil', schema in src/history/db.ts): one key, or
 * all records (optionally only those whose `siteUrl` is in `urls`, filtered in the page).
 * @param {Handle} handle
 * @param {{store: string, key?: string, urls?: string[]}} query
 * @returns {Promise<any>}
 */
export function readDb(handle, query) {
  return handle.evalInExtension(
    ({ store, key, urls }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('vigil');
        // Never create the database here: that would skip the extension's own schema upgrade.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const os = db.transaction(store).objectStore(store);
          const request = key === undefined ? os.getAll() : os.get(key);
          request.onerror = () => (db.close(), reject(request.error));
          request.onsuccess = () => {
            db.close();
            const wanted = urls ? new Set(urls) : undefined;
            resolve(wanted ? request.result.filter((/** @type {{siteUrl: string}} */ r) => wanted.has(r.siteUrl)) : request.result);
          };
        };
      }),
    query,
  );
}
