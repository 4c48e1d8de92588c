/**
 * The cross-check runner: asks Globalping to open a site from many networks (issue 13), polls the
 * measurement as the spec asks, judges each remote probe with Vigil's rules and stores the verdict.
 * Everything it needs comes in (storage, client, clock, sleep), so it is tested in Node against the
 * fake API. Nothing is sent while the user has not opted in.
 */
import { decide, afterCreated, afterRefused, pollDelay } from '../src/crosscheck/budget';
import { isExcluded, judgeProbe } from '../src/crosscheck/judge';
import { isPrivateTarget, measurementRequest } from '../src/crosscheck/request';
import { spreadFor } from '../src/crosscheck/spread';
import type { CrossCheckStore } from '../src/crosscheck/store';
import type { CrossCheck, CrossCheckProbe, PendingCrossCheck, UnavailableReason } from '../src/crosscheck/types';
import { summarise, unavailable, type Summary } from '../src/crosscheck/verdict';
import type { Measurement } from '../src/crosscheck/api';
import type { GlobalpingClient } from '../src/platform/globalping';

export interface CrossCheckDeps {
  store: CrossCheckStore;
  /** The user's choice, read at each call: off means nothing is sent, ever. */
  prefs: () => Promise<{ crossCheck?: boolean; globalpingToken?: string }>;
  client: (token: string | undefined) => GlobalpingClient;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Release builds never send a private or loopback address; the e2e build lets the fake decide. */
  sendsPrivateTargets: boolean;
  /** Told when a pending or finished cross-check was stored (to broadcast to open pages). */
  changed?: () => void;
  /** How long to poll before giving up; the spec: up to 30 s per test "and at least 10 additional seconds". */
  patienceMs?: number;
}

export interface CrossCheckRequest {
  siteUrl: string;
  trigger: CrossCheck['trigger'];
  /** For a confirmed outage: the incident it documents (one cross-check per incident). */
  incidentId?: number;
  /** Vigil's own result for the site at that moment, kept beside the remote probes. */
  own?: CrossCheck['own'];
  slowMs?: number;
}

export type CrossCheckAnswer = { kind: 'off' } | { kind: 'offline' } | { kind: 'done'; check: CrossCheck };

export const PATIENCE_MS = 60_000;

export interface CrossCheckRunner {
  /** Cross-check one site (on demand, or for a confirmed outage). Resolves when the verdict is stored. */
  run(request: CrossCheckRequest): Promise<CrossCheckAnswer>;
  /** At start: finish the measurements a stopped worker was polling. */
  resume(): Promise<void>;
  /** Whether a measurement of the site is being polled now (by this worker). */
  running(siteUrl: string): boolean;
}

export function crossCheckRunner(deps: CrossCheckDeps): CrossCheckRunner {
  const inFlight = new Map<string, Promise<CrossCheckAnswer>>();
  const patience = deps.patienceMs ?? PATIENCE_MS;

  const finish = async (check: CrossCheck): Promise<CrossCheckAnswer> => {
    await deps.store.saveResult(check);
    await deps.store.clearPending(check.siteUrl);
    deps.changed?.();
    return { kind: 'done', check };
  };

  const record = (request: Pick<CrossCheckRequest, 'siteUrl' | 'trigger' | 'incidentId' | 'own'>, at: number, summary: Summary, extra: Partial<CrossCheck> = {}): CrossCheck => ({
    siteUrl: request.siteUrl,
    at,
    verdict: summary.verdict,
    probes: [],
    excluded: 0,
    words: summary.words,
    trigger: request.trigger,
    ...(summary.reason ? { reason: summary.reason } : {}),
    ...(request.incidentId !== undefined ? { incidentId: request.incidentId } : {}),
    ...(request.own ? { own: request.own } : {}),
    ...extra,
  });

  const notMade = (request: CrossCheckRequest, at: number, reason: UnavailableReason, detail: { resetAt?: number; apiMessage?: string; measurementId?: string } = {}) =>
    finish(record(request, at, unavailable(reason, detail), {
      ...(detail.resetAt !== undefined ? { resetAt: detail.resetAt } : {}),
      ...(detail.apiMessage !== undefined ? { apiMessage: detail.apiMessage } : {}),
      ...(detail.measurementId !== undefined ? { measurementId: detail.measurementId } : {}),
    }));

  /** Polls until the measurement is final: 500 ms after each answer, If-None-Match once an ETag is known. */
  async function poll(pending: PendingCrossCheck, client: GlobalpingClient, slowMs?: number): Promise<CrossCheckAnswer> {
    let etag = pending.etag;
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const answer = await client.poll(pending.measurementId, etag);
      if (answer.kind === 'measurement') {
        if (answer.measurement.status !== 'in-progress') return finish(judged(pending, answer.measurement, slowMs));
        if (answer.etag && answer.etag !== etag) {
          etag = answer.etag;
          await deps.store.savePending({ ...pending, etag });
        }
      }
      if (answer.kind === 'gone') return notMade(pending, pending.at, 'timeout', { measurementId: pending.measurementId });
      // A worker woken long after still reads the result once: measurements are kept for days.
      if (deps.now() - pending.at > patience && attempts > 1) return notMade(pending, pending.at, 'timeout', { measurementId: pending.measurementId });
      await deps.sleep(answer.kind === 'rate_limited' ? pollDelay(429, answer.rateLimit) : answer.kind === 'failed' ? 2000 : pollDelay(200, {}));
    }
  }

  function judged(pending: PendingCrossCheck, measurement: Measurement, slowMs?: number): CrossCheck {
    const probes: CrossCheckProbe[] = [];
    let excluded = 0;
    for (const item of measurement.results) {
      const verdict = judgeProbe(item, slowMs);
      if (isExcluded(verdict)) excluded += 1;
      else probes.push(verdict);
    }
    return record(pending, pending.at, summarise({ probes, own: pending.own?.status }), { measurementId: pending.measurementId, probes, excluded });
  }

  async function start(request: CrossCheckRequest): Promise<CrossCheckAnswer> {
    const prefs = await deps.prefs();
    if (!prefs.crossCheck) return { kind: 'off' };
    // "offline": the user's own connection is down; Globalping could not be asked, nor would it help.
    if (request.own?.status === 'offline') return { kind: 'offline' };
    const client = deps.client(prefs.globalpingToken);
    const waiting = (await deps.store.pending()).find((p) => p.siteUrl === request.siteUrl);
    if (waiting) return poll(waiting, client, request.slowMs);

    const previous = await deps.store.results(request.siteUrl);
    // Once per incident: a confirmed outage already cross-checked keeps its verdict (asking by hand
    // during the outage may still measure again, within the budget).
    const forIncident = request.trigger === 'outage' && request.incidentId !== undefined ? previous.find((c) => c.incidentId === request.incidentId) : undefined;
    if (forIncident) return { kind: 'done', check: forIncident };

    const now = deps.now();
    const spread = spreadFor(request.siteUrl);
    const budget = await deps.store.budget();
    const decision = decide(budget, now, spread.probes, previous[0]);
    if (decision.kind === 'reuse') return { kind: 'done', check: decision.check };
    if (decision.kind === 'refuse') return notMade(request, now, decision.reason, { resetAt: decision.until });
    if (!deps.sendsPrivateTargets && isPrivateTarget(new URL(request.siteUrl).hostname)) return notMade(request, now, 'private_target');

    const created = await client.create(measurementRequest(request.siteUrl, spread));
    switch (created.kind) {
      case 'created': {
        await deps.store.saveBudget(afterCreated(budget, now, created.rateLimit));
        const pending: PendingCrossCheck = {
          siteUrl: request.siteUrl,
          measurementId: created.id,
          at: now,
          trigger: request.trigger,
          ...(request.incidentId !== undefined ? { incidentId: request.incidentId } : {}),
          ...(request.own ? { own: request.own } : {}),
        };
        await deps.store.savePending(pending);
        deps.changed?.();
        // The spec's client guideline: request, then "wait 500 milliseconds" after each in-progress answer.
        return poll(pending, client, request.slowMs);
      }
      case 'rate_limited': {
        // Never retried: blocked until the reset the API names (spec `measurements429` headers).
        const next = afterRefused(budget, now, created.rateLimit);
        await deps.store.saveBudget(next);
        return notMade(request, now, 'rate_limited', { resetAt: next.blockedUntil ?? now });
      }
      case 'refused': {
        const params = Object.values(created.error.params ?? {});
        return notMade(request, now, 'refused', { apiMessage: params.length ? params.join('; ') : created.error.message });
      }
      case 'no_probes':
        return notMade(request, now, 'no_probes');
      case 'failed':
        return notMade(request, now, created.status === undefined ? 'network' : 'refused', created.status === undefined ? {} : { apiMessage: `HTTP ${created.status} ${created.message}`.trim() });
    }
  }

  return {
    run(request) {
      const current = inFlight.get(request.siteUrl);
      if (current) return current;
      const work = start(request).finally(() => inFlight.delete(request.siteUrl));
      inFlight.set(request.siteUrl, work);
      return work;
    },
    async resume() {
      const prefs = await deps.prefs();
      const pending = await deps.store.pending();
      for (const p of pending) {
        // Switched off since: the measurement is dropped unread; nothing more is asked.
        if (!prefs.crossCheck) await deps.store.clearPending(p.siteUrl);
        else void this.run({ siteUrl: p.siteUrl, trigger: p.trigger, ...(p.incidentId !== undefined ? { incidentId: p.incidentId } : {}), ...(p.own ? { own: p.own } : {}) });
      }
    },
    running: (siteUrl) => inFlight.has(siteUrl),
  };
}
