import type { Incident, Outcome, RoundProgress, SiteState } from '../model';
import { dailyStrip, uptimeTable, type Availability, type StripDay, type UptimeWindow } from './uptime';
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
  return db.getAll('samples', IDBKeyRange.bound([siteUrl, since], [siteUrl, Number.MAX_SAFE_INTEGER]));
}

export async function recentIncidents(db: HistoryDb, since: number): Promise<Incident[]> {
  const recent = await db.getAllFromIndex('incidents', 'byStart', IDBKeyRange.lowerBound(since));
  const open = (await db.getAll('incidents')).filter((i) => i.end === undefined && i.start < since);
  return [...open, ...recent].sort((a, b) => b.start - a.start);
}

export interface SiteHistory {
  uptime: Record<UptimeWindow, Availability>;
  strip: StripDay[];
}

/** Uptime table and 90-day strip for the given sites (default: all), from two small records per site. */
export async function historyOverview(db: HistoryDb, now: number, siteUrls?: readonly string[]): Promise<Map<string, SiteHistory>> {
  const tx = db.transaction(['summaries', 'recent']);
  const [closed, recent] = await Promise.all([tx.objectStore('summaries').getAll(), tx.objectStore('recent').getAll()]);
  const wanted = siteUrls ? new Set(siteUrls) : undefined;
  const closedBySite = new Map(closed.map((s) => [s.siteUrl, s.days]));
  const overview = new Map<string, SiteHistory>();
  for (const r of recent) {
    if (wanted && !wanted.has(r.siteUrl)) continue;
    const series = { days: [...(closedBySite.get(r.siteUrl) ?? []), ...r.days], hours: r.hours };
    overview.set(r.siteUrl, { uptime: uptimeTable(series, now), strip: dailyStrip(series, now) });
  }
  return overview;
}

/** The last 24 h of one site's response times, for a sparkline. */
export async function latencyPoints(db: HistoryDb, siteUrl: string, now: number): Promise<Array<{ at: number; ms?: number; outcome: Outcome }>> {
  const samples = await recentSamples(db, siteUrl, now - 86_400_000);
  return samples.map((s) => ({ at: s.at, outcome: s.outcome, ...(s.outcome !== 'down' && s.ttfbMs !== undefined ? { ms: s.ttfbMs } : {}) }));
}
