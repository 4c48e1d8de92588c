/**
 * The cross-check runner as the worker uses it: browser.storage.local behind the store, the real
 * Globalping client, the worker kept awake while a measurement is polled. Three doors for the rest
 * of the background: the `crossCheck` command, `onOutageConfirmed` for the round's effects, and
 * `resume` at start.
 */
import type { Translator } from '../src/i18n/translator';
import type { Response } from '../src/messages';
import type { Incident, SiteState } from '../src/model';
import { API_BASE, globalpingClient, SENDS_PRIVATE_TARGETS } from '../src/platform/globalping';
import { keepAliveWhile } from '../src/platform/keepalive';
import { localStore } from '../src/platform/storage';
import { keyValueCrossCheckStore } from '../src/crosscheck/store';
import type { CrossCheck } from '../src/crosscheck/types';
import { loadPrefs } from '../src/settings/preferences';
import { crossCheckRunner, type CrossCheckAnswer, type CrossCheckRequest } from './crosscheck';

/** How long the command waits for a verdict known at once (reused, refused) before answering `running`. */
const QUICK_ANSWER_MS = 300;

export interface CrossCheckWiring {
  command(siteUrl: string): Promise<Response<'crossCheck'>>;
  /**
   * Call when a site's outage is confirmed (an incident opened), never while Vigil says offline.
   * Resolves with the stored verdict (or `off`); the caller may wait for it up to 30 s to put the
   * verdict into the outage notification, and must not hold the notification back longer.
   */
  onOutageConfirmed(incident: Incident, state: SiteState | undefined): Promise<CrossCheckAnswer>;
  /**
   * For the outage notification: the incident's cross-check when it is stored within `ms` (30 s by
   * the issue), else undefined — the notification is then shown without it, never held back longer.
   */
  verdictWithin(incident: Incident, state: SiteState | undefined, ms: number): Promise<CrossCheck | undefined>;
  resume(): Promise<void>;
}

export function ownOf(state: SiteState | undefined): CrossCheck['own'] {
  if (!state) return undefined;
  return {
    status: state.status,
    ...(state.cause ? { cause: state.cause } : {}),
    ...(state.last?.httpStatus !== undefined ? { httpStatus: state.last.httpStatus } : {}),
    ...(state.last ? { timeMs: state.last.totalMs } : {}),
  };
}

export interface WiringDeps {
  tr: Translator;
  ownState: (siteUrl: string) => Promise<SiteState | undefined>;
  incident: (id: number) => Promise<Incident | undefined>;
}

export function crossCheckWiring(deps: WiringDeps): CrossCheckWiring {
  const runner = crossCheckRunner({
    store: keyValueCrossCheckStore(localStore),
    prefs: () => loadPrefs(localStore),
    client: (token) => globalpingClient({ fetch: (input, init) => fetch(input, init), base: API_BASE, ...(token ? { token } : {}) }),
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    sendsPrivateTargets: SENDS_PRIVATE_TARGETS,
  });
  const run = (request: CrossCheckRequest) =>
    keepAliveWhile(runner.run(request)).catch((error: unknown) => {
      console.warn('Vigil: cross-check failed', error);
      return { kind: 'off' } as const;
    });

  return {
    async command(siteUrl) {
      const state = await deps.ownState(siteUrl);
      // Asked during an open outage, the result is that incident's evidence too.
      const work = run({ siteUrl, trigger: 'demand', own: ownOf(state), ...(state?.openIncidentId !== undefined ? { incidentId: state.openIncidentId } : {}) });
      const quick = await Promise.race([work, new Promise<undefined>((resolve) => setTimeout(resolve, QUICK_ANSWER_MS))]);
      if (quick === undefined) return { ok: true, running: true };
      if (quick.kind === 'off') return { ok: false, error: deps.tr.t('crosscheck_disabled') };
      if (quick.kind === 'offline') return { ok: false, error: deps.tr.t('state_offline') };
      return { ok: true, running: false, check: quick.check };
    },
    onOutageConfirmed(incident, state) {
      return run({ siteUrl: incident.siteUrl, trigger: 'outage', ...(incident.id !== undefined ? { incidentId: incident.id } : {}), own: ownOf(state) });
    },
    async verdictWithin(incident, state, ms) {
      let timer = 0;
      const late = new Promise<undefined>((resolve) => {
        timer = Number(setTimeout(resolve, ms));
      });
      const answer = await Promise.race([this.onOutageConfirmed(incident, state), late]);
      clearTimeout(timer);
      return answer?.kind === 'done' ? answer.check : undefined;
    },
    resume: () => keepAliveWhile(runner.resume()),
  };
}
