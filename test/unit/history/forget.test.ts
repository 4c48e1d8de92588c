import { describe, expect, it } from 'vitest';
import { UNDO_MS } from '../../../src/history/forget';
import { HistoryStore } from '../../../src/history/store';
import { step } from '../../../src/monitor/monitor';
import { downDraft } from '../../../src/monitor/notice-text';
import type { ProbeResult } from '../../../src/model';
import { down, result, settings, SITE } from '../helpers';

const T = Date.parse('2026-11-25T10:00:00Z');

/** The runner's path: monitor step, then the store, with the notice the monitor decides. */
async function check(history: HistoryStore, r: ProbeResult) {
  const prev = await history.state(r.siteUrl);
  const out = step({ prev, result: r, settings: settings({ retry: { attempts: 0, delaySeconds: 1 } }), connectivity: 'ok', now: r.at, random: () => 0.5 });
  return history.recordResult({ result: r, prev, step: out, ...(out.notify === 'down' ? { notice: downDraft(SITE, r) } : {}) }, r.at);
}

describe('forgetting a site', () => {
  it('closes its open incident as no longer watched, and Undo brings back the state and the incident, with no second notice', async () => {
    const history = await HistoryStore.open({ name: `f-${Math.random()}` });
    expect(await check(history, down('http', { at: T }))).toHaveLength(1);
    expect(await history.openIncidents()).toHaveLength(1);

    expect(await history.forgetSites(new Set(), T + 60_000)).toEqual([SITE.url]);
    expect(await history.state(SITE.url)).toBeUndefined();
    expect(await history.openIncidents()).toEqual([]);
    const [closed] = await history.recentIncidents(0);
    expect(closed).toMatchObject({ end: T + 60_000, endedBy: 'unwatched' });
    expect(JSON.parse(await history.exportIncidents(T)).incidents[0]).toMatchObject({ endedBy: 'unwatched' });

    expect(await history.restoreSites([SITE.url], T + 120_000)).toEqual([SITE.url]);
    expect(await history.state(SITE.url)).toMatchObject({ status: 'down', openIncidentId: closed!.id });
    expect(await history.openIncidents()).toMatchObject([{ id: closed!.id, start: T }]);
    expect((await history.openIncidents())[0]).not.toHaveProperty('endedBy');

    // Still down: the outage already told is not told again; when it ends, the one incident closes.
    expect(await check(history, down('http', { at: T + 5 * 60_000 }))).toEqual([]);
    await check(history, result({ at: T + 10 * 60_000 }));
    expect(await history.openIncidents()).toEqual([]);
    expect(await history.recentIncidents(0)).toHaveLength(1);
  });

  it('past Undo’s reach a site comes back fresh, and its old incident stays closed', async () => {
    const history = await HistoryStore.open({ name: `f-${Math.random()}` });
    await check(history, down('http', { at: T }));
    await history.forgetSites(new Set(), T);
    expect(await history.restoreSites([SITE.url], T + UNDO_MS + 1)).toEqual([]);
    expect(await history.state(SITE.url)).toBeUndefined();
    expect(await history.recentIncidents(0)).toMatchObject([{ endedBy: 'unwatched' }]);
    // And the notice for a new outage comes, since it is a new incident.
    expect(await check(history, down('http', { at: T + UNDO_MS + 2 }))).toHaveLength(1);
  });

  it('keeps the states of the sites still watched', async () => {
    const history = await HistoryStore.open({ name: `f-${Math.random()}` });
    await check(history, result({ at: T }));
    expect(await history.forgetSites(new Set([SITE.url]), T)).toEqual([]);
    expect(await history.state(SITE.url)).toMatchObject({ status: 'up' });
  });
});
