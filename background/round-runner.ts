import type { HistoryStore } from '../src/history/store';
import type { ProbeResult, RoundProgress, Site, Watchlist } from '../src/model';
import { checkCanaries } from '../src/monitor/canaries';
import { couldBeLocal, step, type Connectivity } from '../src/monitor/monitor';
import { downDraft, recoveredDraft } from '../src/monitor/notice-text';
import { probeSite, type ProbeDeps } from '../src/probe/probe';
import { runPool } from '../src/schedule/pool';
import { dueSites } from '../src/schedule/schedule';

const HEARTBEAT_MS = 15_000;

/** Probes in flight at once across all hosts (and never two on one host). */
export const CONCURRENCY = 4;
/**
 * A site still undecided after this long (slow, hanging, or waiting to be checked again) gives its
 * slot to the next site: under a campaign, hanging sites must not hold healthy ones back. It stays
 * the only probe on its host; at most MAX_IN_FLIGHT sites are under way at all.
 */
export const SLOT_PATIENCE_MS = 1000;
export const MAX_IN_FLIGHT = 64;

export interface RunnerDeps {
  history: HistoryStore;
  loadWatchlist: () => Promise<Watchlist>;
  probe: ProbeDeps;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Timers of the pool's patience; the real ones unless a test drives time. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** After each stored result: badge, pages. */
  afterWrite: (watchlist: Watchlist) => Promise<void>;
  /**
   * After the round: every notice not yet delivered, together (several outages make one
   * notification, also when the round was cut short and resumed by a later worker).
   */
  afterRound: (watchlist: Watchlist) => Promise<void>;
  /** Whether Vigil may reach this site (its host permission); without it the site is never fetched. */
  mayProbe: (site: Site) => Promise<boolean>;
  onProgress: (progress: RoundProgress) => void;
}

/** What one round knows about the user's connection so far. */
interface RoundContext {
  /** Some site answered over HTTP in this round: the connection works. */
  answered: boolean;
  canaries?: Promise<Connectivity>;
  inFlight: Set<Promise<ProbeResult>>;
}

/** `resume`: the sites a round cut short (worker stopped) had not decided yet, stored with it. */
export type RoundRequest = { kind: 'due' } | { kind: 'all' } | { kind: 'site'; siteUrl: string } | { kind: 'resume' };

/**
 * One round: probe the sites asked for, confirm failures, store each result as it arrives (so a
 * worker stopped mid-round keeps every finished probe). Only one round runs at a time; see run()
 * for requests that arrive during one.
 */
export class RoundRunner {
  private current: { promise: Promise<number>; requests: RoundRequest[]; siteUrls: Set<string> } | undefined;
  private queued: { promise: Promise<number>; requests: RoundRequest[] } | undefined;

  constructor(private readonly deps: RunnerDeps) {}

  /**
   * A request the running round already covers joins it; any other waits for the next round, which
   * serves every request queued meanwhile (a site added during the first round is not forgotten).
   */
  run(request: RoundRequest): Promise<number> {
    const current = this.current;
    if (!current) return this.start([request]);
    // "due" is never covered: the watchlist may have changed since the round chose its sites.
    const covered =
      (request.kind === 'all' && current.requests.some((r) => r.kind === 'all')) ||
      (request.kind === 'site' && current.siteUrls.has(request.siteUrl));
    if (covered) return current.promise;
    if (!this.queued) {
      const requests: RoundRequest[] = [];
      const promise = current.promise
        .catch(() => 0)
        .then(() => {
          this.queued = undefined;
          return this.start(requests);
        });
      this.queued = { promise, requests };
    }
    this.queued.requests.push(request);
    return this.queued.promise;
  }

  private start(requests: RoundRequest[]): Promise<number> {
    const current = { requests, siteUrls: new Set<string>(), promise: Promise.resolve(0) };
    current.promise = this.runOnce(requests, current.siteUrls).finally(() => {
      this.current = undefined;
    });
    this.current = current;
    return current.promise;
  }

  private async runOnce(requests: readonly RoundRequest[], selected: Set<string>): Promise<number> {
    const { history, probe } = this.deps;
    const watchlist = await this.deps.loadWatchlist();
    const active = watchlist.sites.filter((s) => !s.paused);
    const states = await history.states();
    const now = probe.now();
    const due = requests.some((r) => r.kind === 'due') ? new Set(dueSites(active, states, now).map((s) => s.url)) : new Set<string>();
    const cut = requests.some((r) => r.kind === 'resume') ? await history.round() : undefined;
    const resumed = new Set(cut?.running ? (cut.pending ?? []) : []);
    const sites = active.filter((s) => resumed.has(s.url) || due.has(s.url) || requests.some((r) => r.kind === 'all' || (r.kind === 'site' && r.siteUrl === s.url)));
    for (const site of sites) selected.add(site.url);
    if (!sites.length) {
      // A cut round whose sites have all left the watchlist is over.
      if (cut?.running) await this.publish({ ...cut, running: false, pending: [], finishedAt: now });
      return 0;
    }

    // What the round still has to do is stored with it: a worker stopped mid-round leaves it for the
    // next one to finish (resume), counted in the same progress.
    const progress: RoundProgress = resumed.size && cut
      ? { ...cut, running: true, aliveAt: now, total: cut.done + sites.length, pending: sites.map((s) => s.url), resumed: (cut.resumed ?? 0) + 1 }
      : { running: true, startedAt: now, aliveAt: now, total: sites.length, done: 0, pending: sites.map((s) => s.url) };
    await this.publish(progress);
    // Confirmation waits can be long without a result: keep telling the pages the round is alive.
    const heartbeat = setInterval(() => void this.publish(progress).catch(() => undefined), HEARTBEAT_MS);
    const round: RoundContext = { answered: false, inFlight: new Set() };
    const connectivityFor = async (result: ProbeResult): Promise<Connectivity> => {
      if (!couldBeLocal(result) || round.answered) return 'ok';
      round.canaries ??= checkCanaries(watchlist.settings.canaries, probe.fetch);
      if ((await round.canaries) === 'ok') return 'ok';
      // Canaries can be blocked by a firewall: if another site of this round answers, the
      // connection works. Wait for the probes now in flight (never for queued ones: no deadlock).
      await Promise.allSettled([...round.inFlight]);
      return round.answered ? 'ok' : 'offline';
    };

    try {
      const pool = { patienceMs: SLOT_PATIENCE_MS, maxInFlight: MAX_IN_FLIGHT, setTimer: this.deps.setTimer, clearTimer: this.deps.clearTimer };
      await runPool(sites, CONCURRENCY, (s) => new URL(s.url).hostname, async (site) => {
        if (await this.deps.mayProbe(site)) await this.probeUntilDecided(site, watchlist, round, connectivityFor);
        else await history.markNeedsPermission(site.url, probe.now());
        progress.done += 1;
        progress.pending = progress.pending?.filter((url) => url !== site.url);
        await this.publish(progress);
      }, pool);
      progress.running = false;
      progress.finishedAt = probe.now();
    } finally {
      clearInterval(heartbeat);
      // A round that failed (a write refused) is not left marked running; one whose worker was
      // stopped never gets here, and stays stored as running with its pending sites.
      if (progress.running) Object.assign(progress, { running: false, finishedAt: probe.now() });
      await this.publish(progress);
      await this.deps.afterRound(watchlist);
    }
    await history.prune(probe.now());
    return sites.length;
  }

  private async probeUntilDecided(
    site: Site,
    watchlist: Watchlist,
    round: RoundContext,
    connectivityFor: (r: ProbeResult) => Promise<Connectivity>,
  ): Promise<void> {
    const { history, probe } = this.deps;
    const timeoutMs = watchlist.settings.timeoutSeconds * 1000;
    for (;;) {
      // An answer is noted inside the promise others wait on, so a site waiting for the round's
      // other probes sees it as soon as that probe settles.
      const pending = probeSite(site, { timeoutMs }, probe).then((r) => {
        if (!couldBeLocal(r)) round.answered = true;
        return r;
      });
      round.inFlight.add(pending);
      const result = await pending.finally(() => round.inFlight.delete(pending));
      const connectivity = await connectivityFor(result);
      const prev = await history.state(site.url);
      const out = step({ prev, result, settings: watchlist.settings, connectivity, now: probe.now(), random: this.deps.random });
      const notice =
        out.notify === 'down' ? downDraft(site, result) : out.notify === 'recovered' && out.close ? recoveredDraft(site, out.close.start, result) : undefined;
      await history.recordResult({ result, prev, step: out, ...(notice ? { notice } : {}) }, probe.now());
      await this.deps.afterWrite(watchlist);
      if (out.recheckAfterMs === undefined) return;
      await this.deps.sleep(out.recheckAfterMs);
    }
  }

  private async publish(progress: RoundProgress): Promise<void> {
    progress.aliveAt = this.deps.probe.now();
    await this.deps.history.setRound({ ...progress });
    this.deps.onProgress({ ...progress });
  }
}
