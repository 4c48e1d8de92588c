import type { Incident, Outcome, ProbeResult, RoundProgress, SiteState, SiteStatus } from '../model';
import { dayOfHours, expandDays, type StoredBucket } from './bucket-store';
import { checkHoursSince, unpackHour } from './checks';
import { HOUR_MS } from './periods';
import { fromMinute, ROW } from './observed';
import { dailyStrip, uptimeTable, type Availability, type StripDay, type UptimeWindow } from './uptime';
import type { Observed } from './bucket';
import type { IDBPTransaction } from 'idb';
import type { HistoryDb } from './db';
import type { VigilDB } from './schema';
import { watchingSince } from './honest-uptime';

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

/** One site's checks from `since` on, oldest first. */
export async function recentChecks(db: HistoryDb, siteUrl: string, since: number): Promise<ProbeResult[]> {
  const hours = await db.getAll('checks', checkHoursSince(siteUrl, since));
  return hours.flatMap(unpackHour).filter((c) => c.at >= since);
}

export async function recentIncidents(db: HistoryDb, since: number): Promise<Incident[]> {
  const recent = await db.getAllFromIndex('incidents', 'byStart', IDBKeyRange.lowerBound(since));
  const open = (await db.getAll('incidents')).filter((i) => i.end === undefined && i.start < since);
  return [...open, ...recent].sort((a, b) => b.start - a.start);
}

export interface SiteHistory {
  uptime: Record<UptimeWindow, Availability>;
  strip: StripDay[];
  /** When watching began, when that is known for sure (honest-uptime.ts watchingSince). */
  since?: number;
  /** The last checks, oldest first (the row's beads): from the very first check on. */
  beads: Bead[];
}

/** One check as a bead: its result, and the site's status then (`offline`: the user's connection was down). */
export interface Bead {
  result: ProbeResult;
  status: Observed;
}

/** How many beads a row shows. */
export const BEADS = 24;

type IDBPTx = IDBPTransaction<VigilDB, Array<'summaries' | 'recent' | 'checks' | 'transitions' | 'states'>, 'readonly'>;

/**
 * A site's last checks with the status each was taken under, and its first status change: a few
 * keyed reads per site in the overview's transaction. The last three to four hours' check records come in
 * one read (36 or more checks at the default interval); only a sparser site walks back by cursor.
 * Status changes are read only for a site with a failed check among them (offline or down?).
 */
async function beadsAndStart(tx: IDBPTx, siteUrl: string, count: number, now: number, status: SiteStatus | undefined): Promise<{ beads: Bead[]; firstChangeAt?: number }> {
  const transitions = tx.objectStore('transitions').index('bySiteAt');
  const first = transitions.get(IDBKeyRange.bound([siteUrl, 0], [siteUrl, Number.MAX_SAFE_INTEGER]));
  const checks = tx.objectStore('checks');
  let results = count ? (await checks.getAll(checkHoursSince(siteUrl, now - 3 * HOUR_MS))).flatMap(unpackHour) : [];
  if (count && results.length < count) {
    // Fewer in three hours than the row shows: walk back hour record by hour record.
    results = [];
    let cursor = await checks.openCursor(IDBKeyRange.bound([siteUrl, 0], [siteUrl, Number.MAX_SAFE_INTEGER]), 'prev');
    while (cursor && results.length < count) {
      results.unshift(...unpackHour(cursor.value));
      cursor = await cursor.continue();
    }
  }
  const last = results.sort((a, b) => a.at - b.at).slice(-count);
  const failed = last.find((r) => r.outcome === 'down');
  const later = failed ? await transitions.getAll(IDBKeyRange.bound([siteUrl, failed.at + 1], [siteUrl, Number.MAX_SAFE_INTEGER])) : [];
  // The status a check was taken under: the one the next status change left, or today's.
  const statusAt = (at: number) => later.find((t) => t.at > at)?.from ?? status;
  const beads = last.map((result) => ({ result, status: result.outcome === 'down' && statusAt(result.at) === 'offline' ? ('offline' as const) : result.outcome }));
  const change = await first;
  return { beads, ...(change?.to !== undefined && change.to !== 'unknown' ? { firstChangeAt: change.at } : {}) };
}

/** Uptime table and 90-day strip for the given sites (default: all), from two small records per site. */
export async function historyOverview(db: HistoryDb, now: number, siteUrls?: readonly string[], beads = BEADS): Promise<Map<string, SiteHistory>> {
  const tx = db.transaction(['summaries', 'recent', 'checks', 'transitions', 'states']);
  const wanted = siteUrls ? new Set(siteUrls) : undefined;
  // Sites no longer watched keep their history; when they outnumber the ones asked for, fetch
  // the ones asked for by key instead of reading everything.
  const byKey = wanted !== undefined && wanted.size * 2 < (await tx.objectStore('recent').count());
  const fetch = <S extends 'summaries' | 'recent'>(store: S) =>
    byKey
      ? Promise.all([...wanted].map((url) => tx.objectStore(store).get(url))).then((all) => all.filter((r) => r !== undefined))
      : tx.objectStore(store).getAll();
  const [closed, recent] = await Promise.all([fetch('summaries'), fetch('recent')]);
  const closedBySite = new Map(closed.map((s) => [s.siteUrl, s.days]));
  const shown = recent.filter((r) => !wanted || wanted.has(r.siteUrl));
  const states = new Map((await tx.objectStore('states').getAll()).map((st) => [st.siteUrl, st.status]));
  const extra = await Promise.all(shown.map((r) => beadsAndStart(tx, r.siteUrl, beads, now, states.get(r.siteUrl))));
  const overview = new Map<string, SiteHistory>();
  shown.forEach((r, i) => {
    const closedDays = closedBySite.get(r.siteUrl) ?? new Int32Array(0);
    const days = new Int32Array(closedDays.length + r.days.length);
    days.set(closedDays);
    days.set(r.days, closedDays.length);
    const series = { days, hours: r.hours };
    const { beads: last, firstChangeAt } = extra[i]!;
    const since = watchingSince(series, firstChangeAt);
    overview.set(r.siteUrl, { uptime: uptimeTable(series, now), strip: dailyStrip(series, now), beads: last, ...(since === undefined ? {} : { since }) });
  });
  return overview;
}

/** The last 24 h of one site's response times, check by check, for the detail view's chart. */
export async function latencyPoints(db: HistoryDb, siteUrl: string, now: number): Promise<Array<{ at: number; ms?: number; outcome: Outcome }>> {
  const checks = await recentChecks(db, siteUrl, now - 86_400_000);
  return checks.map((s) => ({ at: s.at, outcome: s.outcome, ...(s.outcome !== 'down' && s.ttfbMs !== undefined ? { ms: s.ttfbMs } : {}) }));
}

/** Every daily bucket: closed days from the year records, today and yesterday from their hours. */
export async function dailyBuckets(db: HistoryDb): Promise<StoredBucket[]> {
  const tx = db.transaction(['daily', 'recent', 'hourly']);
  const closed = expandDays(await tx.objectStore('daily').getAll());
  const open: StoredBucket[] = [];
  for (const recent of await tx.objectStore('recent').getAll()) {
    for (let i = 0; i < recent.days.length; i += ROW) {
      const start = fromMinute(recent.days[i]!);
      open.push({ siteUrl: recent.siteUrl, start, b: dayOfHours(await tx.objectStore('hourly').get([recent.siteUrl, start])) });
    }
  }
  return [...closed, ...open].sort((a, b) => a.siteUrl.localeCompare(b.siteUrl) || a.start - b.start);
}
