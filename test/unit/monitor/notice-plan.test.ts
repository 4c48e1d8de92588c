import { describe, expect, it } from 'vitest';
import { planDelivery, STALE_MS } from '../../../src/monitor/notice-plan';
import { defaultPrefs, loadPrefs, PREFS_KEY } from '../../../src/settings/preferences';
import type { Notice, Site } from '../../../src/model';
import { en } from '../helpers';

const NOW = 1_000_000_000;
const sites: Site[] = ['a', 'b', 'c', 'd'].map((x) => ({ url: `https://${x}.europa.eu/`, name: x.toUpperCase(), group: 'EU institutions' }));
// Notices are stored as what happened: the reason as a message, put into words when delivered.
const notice = (site: number, kind: Notice['kind'], id: number, at = NOW): Notice => ({
  id: `${kind}:${id}`, kind, incidentId: id, siteUrl: sites[site]!.url, at, delivered: false,
  ...(kind === 'down' ? { reason: { key: 'reason_http', subs: [503] } } : { since: at - 20 * 60_000 }),
});

describe('planDelivery', () => {
  it('one outage is one notification, in words when it is delivered', () => {
    expect(planDelivery(en, [notice(0, 'down', 1)], sites, defaultPrefs(), NOW).show).toEqual([{ id: 'down:1', title: 'A is down', message: expect.stringMatching(/^The server says it is unavailable \(HTTP 503\)\. /), noticeIds: ['down:1'] }]);
    expect(planDelivery(en, [notice(0, 'recovered', 1)], sites, defaultPrefs(), NOW).show).toEqual([{ id: 'recovered:1', title: 'A is back', message: expect.stringMatching(/20 min/), noticeIds: ['recovered:1'] }]);
  });

  it('names the site as the watchlist names it at delivery, or by its address when it is gone', () => {
    const renamed = [{ ...sites[0]!, name: 'Renamed' }];
    expect(planDelivery(en, [notice(0, 'down', 1)], renamed, defaultPrefs(), NOW).show[0]!.title).toBe('Renamed is down');
    expect(planDelivery(en, [notice(0, 'down', 1)], [], defaultPrefs(), NOW).show[0]!.title).toBe('https://a.europa.eu/ is down');
  });

  it('several outages in one round make one grouped notification', () => {
    const plan = planDelivery(en, [notice(0, 'down', 1), notice(1, 'down', 2), notice(3, 'down', 3)], sites, defaultPrefs(), NOW);
    expect(plan.show).toHaveLength(1);
    expect(plan.show[0]).toMatchObject({ id: 'group-down:1,2,3', title: '3 of 4 EU institutions sites unreachable', noticeIds: ['down:1', 'down:2', 'down:3'] });
    expect(plan.show[0]!.message).toBe(['A', 'B', 'D'].map((n) => `${n}: The server says it is unavailable (HTTP 503)`).join('\n'));
  });

  it('nothing shows while off or snoozed, recoveries only if wanted, stale notices never', () => {
    const all = [notice(0, 'down', 1), notice(1, 'recovered', 2), notice(2, 'down', 3, NOW - STALE_MS - 1)];
    expect(planDelivery(en, all, sites, { ...defaultPrefs(), enabled: false }, NOW)).toEqual({ show: [], silent: ['down:1', 'recovered:2', 'down:3'] });
    expect(planDelivery(en, all, sites, { ...defaultPrefs(), quietUntil: NOW + 1 }, NOW).show).toEqual([]);
    expect(planDelivery(en, all, sites, { ...defaultPrefs(), quietUntil: NOW - 1 }, NOW).show.map((s) => s.id)).toEqual(['down:1', 'recovered:2']);
    expect(planDelivery(en, all, sites, { ...defaultPrefs(), recoveries: false }, NOW)).toEqual({ show: [expect.objectContaining({ id: 'down:1' })], silent: ['recovered:2', 'down:3'] });
  });
});

describe('notification preferences', () => {
  it('read field by field, falling back to the defaults', async () => {
    const store = (value: unknown) => ({ get: async (k: string) => (k === PREFS_KEY ? value : undefined), set: async () => undefined });
    expect(await loadPrefs(store(undefined))).toEqual({ enabled: true, recoveries: true });
    expect(await loadPrefs(store({ enabled: false, recoveries: 'no', quietUntil: 5 }))).toEqual({ enabled: false, recoveries: true, quietUntil: 5 });
    expect(await loadPrefs(store('garbage'))).toEqual(defaultPrefs());
  });
});
