import { describe, expect, it } from 'vitest';
import type { Site, SiteState, SiteStatus } from '../../../src/model';
import { FOLD_FROM, keepPlan, planList } from '../../../popup/components/list-plan';

const site = (i: number, group?: string, paused?: boolean): Site => ({ url: `https://s${i}.example/`, name: `S${i}`, ...(group ? { group } : {}), ...(paused ? { paused } : {}) });
const state = (s: Site, status: SiteStatus, extra: Partial<SiteState> = {}): [string, SiteState] => [s.url, { siteUrl: s.url, status, since: 0, nextDueAt: 0, failures: 0, ...extra }];

describe('planList: problems first, each site in one place', () => {
  const a = [0, 1, 2, 3, 4, 5].map((i) => site(i, 'A'));
  const b = [6, 7, 8, 9].map((i) => site(i, 'B'));
  const all = [...a, ...b];

  it('down, shielded and slow sites go first, worst first, and are not repeated in their group', () => {
    const states = new Map([...all.map((s) => state(s, 'up')), state(a[4]!, 'slow'), state(b[1]!, 'down'), state(a[2]!, 'shielded'), state(a[5]!, 'down')]);
    const plan = planList(all, states);
    expect(plan.attention).toEqual([a[5]!.url, b[1]!.url, a[2]!.url, a[4]!.url]);
    const placed = [...plan.attention, ...plan.groups.flatMap((g) => g.urls)];
    expect(placed.sort()).toEqual(all.map((s) => s.url).sort());
    expect(plan.groups.map((g) => [g.name, g.urls.length, g.foldable])).toEqual([['A', 3, true], ['B', 3, true]]);
  });

  it('a group with a site offline or not checked yet does not fold; paused sites count as fine', () => {
    const states = new Map([...all.map((s) => state(s, 'up')), state(b[0]!, 'offline')]);
    const withPaused = [...a.slice(0, 5), site(5, 'A', true), ...b];
    const plan = planList(withPaused, states);
    expect(plan.groups.map((g) => [g.name, g.foldable])).toEqual([['B', false], ['A', true]]);
    expect(planList(all, new Map(a.map((s) => state(s, 'up')))).groups.map((g) => g.foldable)).toEqual([false, true]);
  });

  it(`folds nothing below ${FOLD_FROM} sites: the whole list fits the popup`, () => {
    const few = all.slice(0, FOLD_FROM - 1);
    expect(planList(few, new Map(few.map((s) => state(s, 'up')))).groups.every((g) => !g.foldable)).toBe(true);
  });

  it('a site waiting for a permission needs attention, after the real problems', () => {
    const states = new Map([...all.map((s) => state(s, 'up')), state(a[0]!, 'unknown', { needsPermission: true }), state(a[1]!, 'slow')]);
    expect(planList(all, states).attention).toEqual([a[1]!.url, a[0]!.url]);
  });
});

describe('keepPlan: nothing moves during a round', () => {
  it('keeps places whatever the statuses do; drops removed sites; new sites join their group', () => {
    const sites = [site(0, 'A'), site(1, 'A'), site(2, 'B')];
    const frozen = planList(sites, new Map(sites.map((s) => state(s, 'up'))));
    const added = site(3, 'A');
    const kept = keepPlan(frozen, [sites[0]!, sites[2]!, added]);
    expect(kept.attention).toEqual([]);
    expect(kept.groups.map((g) => [g.name, g.urls])).toEqual([['A', [sites[0]!.url, added.url]], ['B', [sites[2]!.url]]]);
    expect(kept.groups[0]!.foldable).toBe(false);
  });
});
