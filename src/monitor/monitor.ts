import type { Cause, Incident, ProbeResult, SiteState, SiteStatus, WatchSettings } from '../model';
import { nextDueAt } from '../schedule/schedule';

/**
 * The per-site state machine: previous state + one probe result → next state and what happened.
 * Pure. A failing probe only becomes an outage after `retry.attempts` confirmation re-probes; a
 * failure while the user's own connection is down is `offline` and opens nothing.
 */

export type Connectivity = 'ok' | 'offline';

export interface StepInput {
  prev: SiteState | undefined;
  result: ProbeResult;
  settings: WatchSettings;
  /** Whether the user's connection works; only asked when the failure could be theirs. */
  connectivity: Connectivity;
  now: number;
  random: () => number;
}

export interface StepOutput {
  state: SiteState;
  /** A new confirmed outage (its id is assigned when written). */
  open?: Omit<Incident, 'id'>;
  /** The open incident gets this last evidence (still down). */
  extend?: { id: number; lastEvidence: ProbeResult };
  /** The open incident ends here (first good probe). */
  close?: { id: number; start: number; end: number; lastEvidence: ProbeResult };
  /** Re-probe after this many ms before deciding (confirmation). */
  recheckAfterMs?: number;
  notify?: 'down' | 'recovered';
}

/** Causes a broken local connection can produce; an HTTP answer proves the connection works. */
const LOCAL_CAUSES: ReadonlySet<Cause> = new Set(['timeout', 'dns', 'refused', 'tls', 'network']);

export function couldBeLocal(result: ProbeResult): boolean {
  return result.outcome === 'down' && result.cause !== undefined && LOCAL_CAUSES.has(result.cause);
}

export function initialState(siteUrl: string, now: number): SiteState {
  return { siteUrl, status: 'unknown', since: now, nextDueAt: now, failures: 0 };
}

export function step(input: StepInput): StepOutput {
  const { result, settings, now } = input;
  const prev = input.prev ?? initialState(result.siteUrl, result.at);
  const common = { siteUrl: prev.siteUrl, lastCheckedAt: result.at, last: result };
  const due = (failures: number): number =>
    nextDueAt({ now, intervalMinutes: settings.intervalMinutes, failures, random: input.random, ...retryAfter(result) });
  const withStatus = (status: SiteStatus, extra: Partial<SiteState>): SiteState => {
    const state: SiteState = {
      ...common,
      status,
      since: status === prev.status ? prev.since : result.at,
      nextDueAt: prev.nextDueAt,
      failures: prev.failures,
      failingSince: prev.failingSince,
      openIncidentId: prev.openIncidentId,
      ...extra,
    };
    for (const key of Object.keys(state) as (keyof SiteState)[]) if (state[key] === undefined) delete state[key];
    return state;
  };

  if (result.outcome !== 'down') {
    const state = withStatus(result.outcome, { failures: 0, failingSince: undefined, openIncidentId: undefined, cause: undefined, nextDueAt: due(0) });
    if (prev.openIncidentId !== undefined) {
      return { state, close: { id: prev.openIncidentId, start: prev.failingSince ?? prev.since, end: result.at, lastEvidence: result }, notify: 'recovered' };
    }
    return { state };
  }

  const cause = result.cause ?? 'network';
  const failures = prev.failures + 1;
  const failingSince = prev.failingSince ?? result.at;

  if (input.connectivity === 'offline') {
    // Nothing can be said about the site: no incident opens, an open one is neither closed nor extended.
    return { state: withStatus('offline', { failures: prev.failures, failingSince: prev.failingSince, cause: undefined, nextDueAt: due(0) }) };
  }

  if (prev.openIncidentId !== undefined) {
    return {
      state: withStatus('down', { cause, failures, failingSince, nextDueAt: due(failures) }),
      extend: { id: prev.openIncidentId, lastEvidence: result },
    };
  }

  if (prev.failures < settings.retry.attempts) {
    // Unconfirmed: the status stays what it was until a re-probe decides. Counting failures in the
    // stored state (not in memory) keeps confirmation right when the worker dies in between.
    const recheckAfterMs = settings.retry.delaySeconds * 1000;
    return {
      state: withStatus(prev.status, { cause: prev.cause, failures, failingSince, nextDueAt: now + recheckAfterMs }),
      recheckAfterMs,
    };
  }

  const firstEvidence = prev.failingSince !== undefined && prev.last?.outcome === 'down' ? prev.last : result;
  return {
    state: { ...withStatus('down', { cause, failures, failingSince, nextDueAt: due(failures) }), since: failingSince },
    open: { siteUrl: prev.siteUrl, start: failingSince, cause, firstEvidence, lastEvidence: result },
    notify: 'down',
  };
}

function retryAfter(result: ProbeResult): { retryAfterSeconds?: number } {
  return result.evidence.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: result.evidence.retryAfterSeconds };
}
