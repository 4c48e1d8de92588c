import { shownStatus } from '../../src/monitor/shown-status';
import type { Site, SiteState, SiteStatus } from '../../src/model';

/**
 * Where each row of the popup goes: the sites that need attention first (worst first), then the
 * groups, worst group first. Each site is in exactly one place, so it has exactly one row (the test
 * contract: one `data-site-url` element per watched site).
 */
export interface ListPlan {
  /** Site URLs under "Needs attention", worst first. */
  attention: string[];
  /** The other sites under their group's heading; `foldable` when every one of them is fine. */
  groups: Array<{ name: string; urls: string[]; foldable: boolean }>;
}

/** Worst first. */
const SEVERITY: Record<SiteStatus, number> = { down: 0, offline: 1, shielded: 2, slow: 3, unknown: 4, up: 5 };
const ATTENTION: ReadonlySet<SiteStatus> = new Set(['down', 'shielded', 'slow']);

/**
 * Below this many sites the whole list fits in the popup (Chrome caps it at 600 px), and folding
 * would only hide what there is room to show.
 */
export const FOLD_FROM = 9;

/** Down, shielded or slow, or waiting for a permission only the user can give. */
export function needsAttention(site: Site, state: SiteState | undefined): boolean {
  if (site.paused) return false;
  return ATTENTION.has(shownStatus(site, state)) || Boolean(state?.needsPermission);
}

/** Fine enough to fold away: up, or paused by the user. */
export function isFine(site: Site, state: SiteState | undefined): boolean {
  return site.paused || shownStatus(site, state) === 'up';
}

function rank(site: Site, state: SiteState | undefined): number {
  // A site waiting for a permission is `unknown`; it comes after the real problems.
  return state?.needsPermission && !site.paused ? 3.5 : SEVERITY[shownStatus(site, state)];
}

export function planList(sites: readonly Site[], states: ReadonlyMap<string, SiteState>): ListPlan {
  // Array.prototype.sort is stable: the watchlist's order is kept among equals.
  const byRank = (list: readonly Site[]) => [...list].sort((a, b) => rank(a, states.get(a.url)) - rank(b, states.get(b.url)));
  const attention = byRank(sites.filter((s) => needsAttention(s, states.get(s.url))));
  const inAttention = new Set(attention.map((s) => s.url));
  const foldAllowed = sites.length >= FOLD_FROM;
  const groups = new Map<string, Site[]>();
  for (const site of sites) {
    if (!groups.has(site.group ?? '')) groups.set(site.group ?? '', []);
    if (!inAttention.has(site.url)) groups.get(site.group ?? '')!.push(site);
  }
  const worst = (list: readonly Site[]) => Math.min(6, ...list.map((s) => rank(s, states.get(s.url))));
  const planned = [...groups.entries()]
    .map(([name, list]) => ({ name, list: byRank(list) }))
    .filter(({ list }) => list.length)
    .sort((a, b) => worst(a.list) - worst(b.list))
    .map(({ name, list }) => ({ name, urls: list.map((s) => s.url), foldable: foldAllowed && list.every((s) => isFine(s, states.get(s.url))) }));
  return { attention: attention.map((s) => s.url), groups: planned };
}

/**
 * The plan frozen at the start of a round, brought up to date with the watchlist only: sites no
 * longer watched leave, new ones join their group's end (or a new group's). Their statuses change
 * in place; nothing moves under the pointer until the round is over.
 */
export function keepPlan(frozen: ListPlan, sites: readonly Site[]): ListPlan {
  const watched = new Map(sites.map((s) => [s.url, s]));
  const placed = new Set([...frozen.attention, ...frozen.groups.flatMap((g) => g.urls)]);
  const groups = frozen.groups.map((g) => ({ ...g, urls: g.urls.filter((u) => watched.has(u)) }));
  for (const site of sites) {
    if (placed.has(site.url)) continue;
    const name = site.group ?? '';
    let group = groups.find((g) => g.name === name);
    if (!group) groups.push((group = { name, urls: [], foldable: false }));
    group.urls.push(site.url);
    group.foldable = false; // a new site is not checked yet: show it
  }
  // A site moved to another group (edited in Options meanwhile) stays where it was until the round ends.
  return { attention: frozen.attention.filter((u) => watched.has(u)), groups: groups.filter((g) => g.urls.length) };
}
