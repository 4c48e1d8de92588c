import type { Incident, Notice, Outcome, ProbeResult, RoundProgress, SiteState } from '../model';
import { applyDelta, expandHours } from './bucket-store';
import { unpackHour } from './checks';
import { openHistoryDb, type HistoryDb } from './db';
import { bucketsCsv, checksCsv, incidentsJson } from './export';
import { forgetSites, restoreSites } from './forget';
import { dailyBuckets, historyOverview, latencyPoints, latencySparks, openIncidents, readRound, readStates, recentChecks, recentIncidents, type SiteHistory, type SparkHour } from './read';
import { DEFAULT_BUDGET_BYTES, prune, type Estimate, type PruneReport } from './retention';
import type { RollupDelta } from './rollup';
import { DB_NAME } from './schema';
import { markDelivered, markNeedsPermission, pendingNotices, setRound, writeResultsSafely, type ProbeWrite } from './write';

export type { ProbeWrite } from './write';
export type { SiteHistory, SparkHour } from './read';
export type { Estimate, PruneReport } from './retention';
export type { RollupDelta } from './rollup';

export interface HistoryOptions {
  /** The database's name: tests give each their own. */
  name?: string;
  /** Storage estimate for the byte budget (navigator.storage.estimate); none in tests that do not care. */
  estimate?: Estimate;
  budgetBytes?: number;
}

/**
 * The ONE door to Vigil's history (DESIGN.md "Layout"). Every reader and the one writer (the
 * background) go through these named methods; nothing outside src/history opens the database or
 * names an object store (ESLint keeps it so). The popup and the options page open their own
 * HistoryStore on the same database (same extension origin) and only read.
 */
export class HistoryStore {
  private constructor(
    private readonly db: HistoryDb,
    private readonly options: HistoryOptions,
  ) {}

  static async open(options: HistoryOptions = {}): Promise<HistoryStore> {
    return new HistoryStore(await openHistoryDb(options.name ?? DB_NAME), options);
  }

  close(): void {
    this.db.close();
  }

  // --- the writer's methods (background) ---

  /**
   * Stores one check's result with everything it changes (rollups, state, status change, incident,
   * notice) in one transaction. A full disk never costs the result: the oldest detail is pruned and
   * the write tried again. Returns the notices to deliver.
   */
  recordResult(write: ProbeWrite, now: number): Promise<Notice[]> {
    return writeResultsSafely(this.db, [write], now, () => this.prune(now, true));
  }

  /** Several results in one transaction (a whole round at once: the bench's write figure). */
  recordResults(writes: readonly ProbeWrite[], now: number): Promise<Notice[]> {
    return writeResultsSafely(this.db, writes, now, () => this.prune(now, true));
  }

  /**
   * History rolled up elsewhere, applied with the same arithmetic as each check's (hours, days
   * closing into their year, summaries): how the bench lays down a year in minutes, not days.
   */
  async recordRollups(items: ReadonlyArray<{ delta: RollupDelta; now: number }>): Promise<void> {
    const tx = this.db.transaction(['hourly', 'daily', 'summaries', 'recent'], 'readwrite');
    const stores = { hourly: tx.objectStore('hourly'), daily: tx.objectStore('daily'), summaries: tx.objectStore('summaries'), recent: tx.objectStore('recent') };
    for (const { delta, now } of items) await applyDelta(stores, delta, now);
    await tx.done;
  }

  /** The site may not be reached (no host permission): `unknown`, asking for it. */
  markNeedsPermission(siteUrl: string, now: number): Promise<void> {
    return markNeedsPermission(this.db, siteUrl, now);
  }

  setRound(progress: RoundProgress): Promise<void> {
    return setRound(this.db, progress);
  }

  /** Notices delivered, each with the words it was shown in (none when delivered silently). */
  markDelivered(delivered: ReadonlyArray<{ id: string; shownAs?: Notice['shownAs'] }>): Promise<void> {
    return markDelivered(this.db, delivered);
  }

  /** Sites that left the watchlist: their open incidents close as "no longer watched". */
  forgetSites(keep: ReadonlySet<string>, now: number): Promise<string[]> {
    return forgetSites(this.db, keep, now);
  }

  /** Sites back within Undo's reach get their state and open incident back. */
  restoreSites(siteUrls: readonly string[], now: number): Promise<string[]> {
    return restoreSites(this.db, siteUrls, now);
  }

  /** Age-based retention, then the budget squeeze (`force`: at least one step, after a full disk). */
  prune(now: number, force = false): Promise<PruneReport> {
    return prune(this.db, now, this.options.estimate, this.options.budgetBytes ?? DEFAULT_BUDGET_BYTES, force);
  }

  // --- readers (background and pages) ---

  states(): Promise<Map<string, SiteState>> {
    return readStates(this.db);
  }

  state(siteUrl: string): Promise<SiteState | undefined> {
    return this.db.get('states', siteUrl);
  }

  round(): Promise<RoundProgress | undefined> {
    return readRound(this.db);
  }

  pendingNotices(): Promise<Notice[]> {
    return pendingNotices(this.db);
  }

  incident(id: number): Promise<Incident | undefined> {
    return this.db.get('incidents', id);
  }

  openIncidents(): Promise<Incident[]> {
    return openIncidents(this.db);
  }

  /** Open incidents and those that started since `since`, newest first. */
  recentIncidents(since: number): Promise<Incident[]> {
    return recentIncidents(this.db, since);
  }

  /** Uptime table and 90-day strip per site (default: every site with history). */
  overview(now: number, siteUrls?: readonly string[]): Promise<Map<string, SiteHistory>> {
    return historyOverview(this.db, now, siteUrls);
  }

  /** The last 24 hours of each site, hour by hour. */
  sparks(siteUrls: readonly string[], now: number): Promise<Map<string, SparkHour[]>> {
    return latencySparks(this.db, siteUrls, now);
  }

  /** The last 24 hours of one site, check by check. */
  latencyPoints(siteUrl: string, now: number): Promise<Array<{ at: number; ms?: number; outcome: Outcome }>> {
    return latencyPoints(this.db, siteUrl, now);
  }

  recentChecks(siteUrl: string, since: number): Promise<ProbeResult[]> {
    return recentChecks(this.db, siteUrl, since);
  }

  // --- exports (README "History exports") ---

  async exportChecks(): Promise<string> {
    return checksCsv((await this.db.getAll('checks')).flatMap(unpackHour));
  }

  async exportHourly(): Promise<string> {
    return bucketsCsv('hour', expandHours(await this.db.getAll('hourly')));
  }

  async exportDaily(): Promise<string> {
    return bucketsCsv('day', await dailyBuckets(this.db));
  }

  async exportIncidents(now: number): Promise<string> {
    return incidentsJson(await this.db.getAll('incidents'), now);
  }

  /** How many records each part of the history holds (the bench's and Options' figures). */
  async counts(): Promise<Record<'checks' | 'hourly' | 'daily' | 'summaries' | 'recent' | 'incidents' | 'transitions' | 'states', number>> {
    const stores = ['checks', 'hourly', 'daily', 'summaries', 'recent', 'incidents', 'transitions', 'states'] as const;
    const counts = await Promise.all(stores.map((store) => this.db.count(store)));
    return Object.fromEntries(stores.map((store, i) => [store, counts[i]!])) as Record<(typeof stores)[number], number>;
  }
}
