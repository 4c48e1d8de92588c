import { readOverviewRecords } from './bare-read';
import type { CrossCheck } from '../crosscheck/types';
import type { Incident, Notice, Outcome, ProbeResult, RoundProgress, SiteState } from '../model';
import { applyDelta, expandHours } from './bucket-store';
import { unpackHour } from './checks';
import { openHistoryDb, type HistoryDb } from './db';
import { bucketsCsv, checksCsv, incidentsJson } from './export';
import { forgetSites, restoreSites } from './forget';
import { dailyBuckets, historyOverview, latencyPoints, openIncidents, readRound, readStates, recentChecks, recentIncidents, type SiteHistory } from './read';
import { Reserve } from './reserve';
import { BUDGET_TIERS, DEFAULT_BUDGET_BYTES, prune, squeezeTier, type Estimate, type PruneReport } from './retention';
import type { RollupDelta } from './rollup';
import { DB_NAME } from './schema';
import { isQuotaError, markDelivered, markNeedsPermission, pendingNotices, setRound, writeResults, writeResultsSafely, type ProbeWrite } from './write';

export type { ProbeWrite } from './write';
export type { Bead, SiteHistory } from './read';
export type { Estimate, PruneReport } from './retention';
export type { RollupDelta } from './rollup';

/** The disk is full: since when, what waits in memory, and what the squeeze dropped to make room. */
export interface StorageFull {
  since: number;
  /** Results held in memory until they can be stored. */
  reserved: number;
  /** Records removed, oldest detail first, per kind of history. */
  dropped: Partial<Record<'checks' | 'hourly' | 'daily' | 'transitions' | 'incidents', number>>;
  /** Every site's state as the background knows it (some wait in memory): what the pages show. */
  states: SiteState[];
  round?: RoundProgress;
}

export interface HistoryHealth {
  full?: StorageFull;
}

export interface HistoryOptions {
  /** The database's name: tests give each their own. */
  name?: string;
  /** Storage estimate for the byte budget (navigator.storage.estimate); none in tests that do not care. */
  estimate?: Estimate;
  budgetBytes?: number;
  /** Tests only: wraps the database to play faults (a full disk) that fake-indexeddb cannot. */
  wrapForTest?: (db: HistoryDb) => HistoryDb;
}

/**
 * The ONE door to Vigil's history (DESIGN.md "Layout"). Every reader and the one writer (the
 * background) go through these named methods; nothing outside src/history opens the database or
 * names an object store (ESLint keeps it so). The popup and the options page open their own
 * HistoryStore on the same database (same extension origin) and only read.
 */
export class HistoryStore {
  private readonly reserve = new Reserve();
  private full: StorageFull | undefined;
  /** Round progress and delivery marks that a full disk refused, stored with the next write. */
  private unsavedRound: RoundProgress | undefined;
  private unsavedDelivered: Array<{ id: string; shownAs?: Notice['shownAs'] }> = [];

  /** The browser closed the connection (Chromium does on a storage failure): reopen before use. */
  private broken = false;
  /** The last states and round read or written: what is known when the database cannot be read. */
  private known = new Map<string, SiteState>();
  private lastRound: RoundProgress | undefined;

  private constructor(
    private db: HistoryDb,
    private readonly options: HistoryOptions,
  ) {}

  static async open(options: HistoryOptions = {}): Promise<HistoryStore> {
    // The connection's `terminated` callback must reach the store it is about to belong to.
    const owner: { store?: HistoryStore } = {};
    const db = await HistoryStore.connect(options, () => owner.store?.markBroken());
    owner.store = new HistoryStore(db, options);
    return owner.store;
  }

  private static async connect(options: HistoryOptions, terminated: () => void): Promise<HistoryDb> {
    const db = await openHistoryDb(options.name ?? DB_NAME, undefined, terminated);
    return options.wrapForTest ? options.wrapForTest(db) : db;
  }

  private markBroken(): void {
    this.broken = true;
  }

  /** The connection, reopened if the browser closed it; a failed reopen throws the storage's error. */
  private async live(): Promise<HistoryDb> {
    if (this.broken) {
      this.db = await HistoryStore.connect(this.options, () => this.markBroken());
      this.broken = false;
    }
    return this.db;
  }

  /** A refusal by the storage (full disk, a connection the browser closed) rather than a bug. */
  private refused(error: unknown): boolean {
    if ((error as { name?: string } | null)?.name === 'InvalidStateError') this.broken = true;
    return this.broken || isQuotaError(error);
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
  async recordResult(write: ProbeWrite, now: number): Promise<Notice[]> {
    // Results held while the disk was full go first, in order, in the same transaction.
    const writes = [...this.reserve.backlog(), write];
    let reopened = false;
    for (let tier = 0; ; tier += 1) {
      try {
        const notices = await writeResults(await this.live(), writes, now);
        for (const w of writes) this.known.set(w.step.state.siteUrl, w.step.state);
        if (this.reserve.size || this.full) await this.recovered();
        return notices.filter((n) => !n.delivered);
      } catch (error) {
        if (!this.refused(error)) throw error;
        // A connection the browser closed is reopened and the write tried again before anything
        // is pruned: only a refusal on a fresh connection means the disk is full.
        if ((error as { name?: string }).name === 'InvalidStateError' && !reopened) {
          reopened = true;
          tier -= 1;
          continue;
        }
        this.full ??= { since: now, reserved: 0, dropped: {}, states: [] };
        // Prune one more step, by the budget's order; when nothing more can go, hold it in memory.
        const removed = await this.live().then((db) => squeezeTier(db, now, tier)).catch(() => (tier < BUDGET_TIERS.length ? {} : undefined));
        if (removed === undefined) {
          const notices = this.reserve.add(write, now);
          this.full.reserved = this.reserve.size;
          return notices;
        }
        for (const [store, n] of Object.entries(removed) as Array<[keyof StorageFull['dropped'], number]>) this.full.dropped[store] = (this.full.dropped[store] ?? 0) + n;
      }
    }
  }

  /** Space again: what a full disk kept waiting is stored now. */
  private async recovered(): Promise<void> {
    this.reserve.clear();
    this.full = undefined;
    if (this.unsavedRound) await this.setRound(this.unsavedRound);
    if (this.unsavedDelivered.length) await this.markDelivered(this.unsavedDelivered.splice(0));
  }

  /**
   * What the pages must say about storage (a full disk), from the background's own view: on a full
   * disk a page may not even open the database, so the states and the round come with it.
   */
  async health(): Promise<HistoryHealth> {
    if (!this.full) return {};
    const round = await this.round();
    return { full: { ...this.full, dropped: { ...this.full.dropped }, states: [...(await this.states()).values()], ...(round ? { round } : {}) } };
  }

  /** Several results in one transaction (a whole round at once: the bench's write figure). */
  async recordResults(writes: readonly ProbeWrite[], now: number): Promise<Notice[]> {
    return writeResultsSafely(await this.live(), writes, now, () => this.prune(now, true));
  }

  /**
   * History rolled up elsewhere, applied with the same arithmetic as each check's (hours, days
   * closing into their year, summaries): how the bench lays down a year in minutes, not days.
   */
  async recordRollups(items: ReadonlyArray<{ delta: RollupDelta; now: number }>): Promise<void> {
    const tx = (await this.live()).transaction(['hourly', 'daily', 'summaries', 'recent'], 'readwrite');
    const stores = { hourly: tx.objectStore('hourly'), daily: tx.objectStore('daily'), summaries: tx.objectStore('summaries'), recent: tx.objectStore('recent') };
    for (const { delta, now } of items) await applyDelta(stores, delta, now);
    await tx.done;
  }

  /** The site may not be reached (no host permission): `unknown`, asking for it. */
  async markNeedsPermission(siteUrl: string, now: number): Promise<void> {
    return markNeedsPermission(await this.live(), siteUrl, now);
  }

  /** A full disk never fails a round: its progress is kept and stored with the next write. */
  async setRound(progress: RoundProgress): Promise<void> {
    this.lastRound = progress;
    try {
      await setRound(await this.live(), progress);
      this.unsavedRound = undefined;
    } catch (error) {
      if (!this.refused(error)) throw error;
      this.unsavedRound = progress;
    }
  }

  /** Notices delivered, each with the words it was shown in (none when delivered silently). */
  async markDelivered(delivered: ReadonlyArray<{ id: string; shownAs?: Notice['shownAs'] }>): Promise<void> {
    const stored = new Set(this.reserve.markDelivered(delivered));
    const rest = delivered.filter((d) => stored.has(d.id));
    try {
      await markDelivered(await this.live(), rest);
    } catch (error) {
      if (!this.refused(error)) throw error;
      this.unsavedDelivered.push(...rest);
    }
  }

  /** Sites that left the watchlist: their open incidents close as "no longer watched". */
  async forgetSites(keep: ReadonlySet<string>, now: number): Promise<string[]> {
    for (const url of [...this.known.keys()]) if (!keep.has(url)) this.known.delete(url);
    return forgetSites(await this.live(), keep, now);
  }

  /** Sites back within Undo's reach get their state and open incident back. */
  async restoreSites(siteUrls: readonly string[], now: number): Promise<string[]> {
    return restoreSites(await this.live(), siteUrls, now);
  }

  /** Age-based retention, then the budget squeeze (`force`: at least one step, after a full disk). */
  async prune(now: number, force = false): Promise<PruneReport> {
    try {
      return await prune(await this.live(), now, this.options.estimate, this.options.budgetBytes ?? DEFAULT_BUDGET_BYTES, force);
    } catch (error) {
      // A full disk can refuse even deletions; the squeeze on the next write tries again.
      if (!this.refused(error)) throw error;
      return { removed: {}, tiers: 0 };
    }
  }

  // --- readers (background and pages) ---

  /** Every site's state (those waiting in the reserve as the reserve has them). */
  async states(): Promise<Map<string, SiteState>> {
    let states: Map<string, SiteState>;
    try {
      states = await readStates(await this.live());
      this.known = new Map(states);
    } catch (error) {
      // The database cannot be read (a full disk): what was last known, with what waits in memory.
      if (!this.refused(error)) throw error;
      states = new Map(this.known);
    }
    for (const [url, state] of this.reserve.states()) states.set(url, state);
    return states;
  }

  async state(siteUrl: string): Promise<SiteState | undefined> {
    const reserved = this.reserve.states().get(siteUrl);
    if (reserved) return reserved;
    try {
      return await (await this.live()).get('states', siteUrl);
    } catch (error) {
      if (!this.refused(error)) throw error;
      return this.known.get(siteUrl);
    }
  }

  async round(): Promise<RoundProgress | undefined> {
    if (this.unsavedRound) return this.unsavedRound;
    try {
      return await readRound(await this.live());
    } catch (error) {
      if (!this.refused(error)) throw error;
      return this.lastRound;
    }
  }

  async pendingNotices(): Promise<Notice[]> {
    const marked = new Set(this.unsavedDelivered.map((d) => d.id));
    let stored: Notice[] = [];
    try {
      stored = (await pendingNotices(await this.live())).filter((n) => !marked.has(n.id));
    } catch (error) {
      if (!this.refused(error)) throw error;
    }
    return [...stored, ...this.reserve.pendingNotices()];
  }

  async incident(id: number): Promise<Incident | undefined> {
    return (await this.live()).get('incidents', id);
  }

  async openIncidents(): Promise<Incident[]> {
    return openIncidents(await this.live());
  }

  /** Open incidents and those that started since `since`, newest first. */
  async recentIncidents(since: number): Promise<Incident[]> {
    return recentIncidents(await this.live(), since);
  }

  /**
   * Uptime table, 90-day strip, the last checks as beads (BEADS by default; 0: none) and when
   * watching began, per site (default: every site with history).
   */
  async overview(now: number, siteUrls?: readonly string[], beads?: number): Promise<Map<string, SiteHistory>> {
    return historyOverview(await this.live(), now, siteUrls, beads);
  }

  /** Reads the records `overview` computes from, and nothing more: the bench's floor for it. */
  async overviewRecords(siteUrls: readonly string[]): Promise<number> {
    return readOverviewRecords(await this.live(), siteUrls);
  }

  /** The last 24 hours of one site, check by check. */
  async latencyPoints(siteUrl: string, now: number): Promise<Array<{ at: number; ms?: number; outcome: Outcome }>> {
    return latencyPoints(await this.live(), siteUrl, now);
  }

  async recentChecks(siteUrl: string, since: number): Promise<ProbeResult[]> {
    return recentChecks(await this.live(), siteUrl, since);
  }

  // --- exports (README "History exports") ---

  async exportChecks(): Promise<string> {
    return checksCsv((await (await this.live()).getAll('checks')).flatMap(unpackHour));
  }

  async exportHourly(): Promise<string> {
    return bucketsCsv('hour', expandHours(await (await this.live()).getAll('hourly')));
  }

  async exportDaily(): Promise<string> {
    return bucketsCsv('day', await dailyBuckets(await this.live()));
  }

  /** The incidents, each with its cross-checks (kept beside the history, in the extension's storage). */
  async exportIncidents(now: number, crossChecks: readonly CrossCheck[] = []): Promise<string> {
    return incidentsJson(await (await this.live()).getAll('incidents'), now, crossChecks);
  }

  /** How many records each part of the history holds (the bench's and Options' figures). */
  async counts(): Promise<Record<'checks' | 'hourly' | 'daily' | 'summaries' | 'recent' | 'incidents' | 'transitions' | 'states', number>> {
    const stores = ['checks', 'hourly', 'daily', 'summaries', 'recent', 'incidents', 'transitions', 'states'] as const;
    const counts = await Promise.all(stores.map(async (store) => (await this.live()).count(store)));
    return Object.fromEntries(stores.map((store, i) => [store, counts[i]!])) as Record<(typeof stores)[number], number>;
  }
}
