import type { Incident, RoundProgress, SiteState } from '../model';
import type { HistoryDb } from './db';

/** Queries for the interface. Read-only; safe from any extension page. */

export async function readStates(db: HistoryDb): Promise<Map<string, SiteState>> {
  const states = await db.getAll('states');
  return new Map(states.map((s) => [s.siteUrl, s]));
}

export async function readRound(db: HistoryDb): Promise<RoundProgress | undefined> {
  return (await db.get('meta', 'round'))?.value;
}

export async function openIncidents(db: HistoryDb): Promise<Incident[]> {
  const all = await db.getAll('incidents');
  return all.filter((i) => i.end === undefined);
}

export async function recentSamples(db: HistoryDb, siteUrl: string, since: number) {
  return db.getAllFromIndex('samples', 'bySiteAt', IDBKeyRange.bound([siteUrl, since], [siteUrl, Number.MAX_SAFE_INTEGER]));
}
