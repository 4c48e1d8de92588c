import type { HistoryDb } from './db';

/**
 * A site leaves the watchlist (removed, replaced by an import, its preset removed, a reset): its
 * open incident is closed as "no longer watched" (it stays in the history and the exports), and its
 * state is set aside for UNDO_MS, so Undo brings the site back with its state and its incident, and
 * no second "down" notification for the outage already told.
 */
export const UNDO_MS = 60 * 60_000;

export async function forgetSites(db: HistoryDb, keep: ReadonlySet<string>, now: number): Promise<string[]> {
  const tx = db.transaction(['states', 'incidents', 'forgotten', 'transitions'], 'readwrite');
  const forgotten: string[] = [];
  for (const state of await tx.objectStore('states').getAll()) {
    if (keep.has(state.siteUrl)) continue;
    forgotten.push(state.siteUrl);
    if (state.openIncidentId !== undefined) {
      const incident = await tx.objectStore('incidents').get(state.openIncidentId);
      if (incident && incident.end === undefined) void tx.objectStore('incidents').put({ ...incident, end: now, endedBy: 'unwatched' });
    }
    if (state.status !== 'unknown') void tx.objectStore('transitions').add({ siteUrl: state.siteUrl, at: now, from: state.status, to: 'unknown' });
    void tx.objectStore('forgotten').put({ siteUrl: state.siteUrl, at: now, state });
    void tx.objectStore('states').delete(state.siteUrl);
  }
  await tx.done;
  return forgotten;
}

/** Sites back in the watchlist within UNDO_MS get their state and their open incident back. */
export async function restoreSites(db: HistoryDb, urls: readonly string[], now: number): Promise<string[]> {
  const tx = db.transaction(['states', 'incidents', 'forgotten', 'transitions'], 'readwrite');
  const restored: string[] = [];
  for (const url of urls) {
    const kept = await tx.objectStore('forgotten').get(url);
    if (!kept) continue;
    void tx.objectStore('forgotten').delete(url);
    if (now - kept.at > UNDO_MS || (await tx.objectStore('states').get(url))) continue;
    const { state } = kept;
    if (state.openIncidentId !== undefined) {
      const incident = await tx.objectStore('incidents').get(state.openIncidentId);
      if (incident?.endedBy === 'unwatched') {
        const { end: _end, endedBy: _by, ...reopened } = incident;
        void tx.objectStore('incidents').put(reopened);
      }
    }
    if (state.status !== 'unknown') void tx.objectStore('transitions').add({ siteUrl: url, at: now, from: 'unknown', to: state.status, ...(state.cause ? { cause: state.cause } : {}) });
    void tx.objectStore('states').put(state);
    restored.push(url);
  }
  // Whatever was set aside longer ago than Undo can reach is let go.
  for (const old of await tx.objectStore('forgotten').getAll()) if (now - old.at > UNDO_MS) void tx.objectStore('forgotten').delete(old.siteUrl);
  await tx.done;
  return restored;
}
