import type { Site, SiteState, SiteStatus } from '../model';

/** What the toolbar and the popup's first line say about all sites at once. Pure. */
export interface Summary {
  total: number;
  counts: Record<SiteStatus, number>;
  downNames: string[];
  /** The user's own connection is down: the sites cannot be judged. */
  offline: boolean;
  line: string;
  badge: { text: string; color: string; title: string };
}

export const BADGE_DOWN = '#c62828';
export const BADGE_OFFLINE = '#616161';

export function summarise(sites: readonly Site[], states: ReadonlyMap<string, SiteState>): Summary {
  const counts: Record<SiteStatus, number> = { up: 0, slow: 0, shielded: 0, down: 0, offline: 0, unknown: 0 };
  const downNames: string[] = [];
  for (const site of sites) {
    const status = site.paused ? 'unknown' : (states.get(site.url)?.status ?? 'unknown');
    counts[status] += 1;
    if (status === 'down') downNames.push(site.name);
  }
  const total = sites.length;
  const offline = counts.offline > 0;
  const noun = (n: number) => (n === 1 ? 'site' : 'sites');
  let line: string;
  if (!total) line = 'No sites watched yet — add one in Options';
  else if (counts.down) line = `${counts.down} of ${total} ${noun(total)} down`;
  else if (offline) line = 'Your connection appears to be down';
  else if (counts.unknown === total) line = `${total} ${noun(total)} not checked yet`;
  else if (counts.unknown) line = `${total - counts.unknown} of ${total} ${noun(total)} reachable, ${counts.unknown} not checked yet`;
  else line = `All ${total} ${noun(total)} reachable`;

  let badge: Summary['badge'];
  if (counts.down) {
    badge = { text: String(counts.down), color: BADGE_DOWN, title: `Vigil — ${counts.down} of ${total} down: ${downNames.join(', ')}` };
  } else if (offline) {
    badge = { text: 'off', color: BADGE_OFFLINE, title: 'Vigil — your connection appears to be down; the sites cannot be checked' };
  } else {
    badge = { text: '', color: BADGE_DOWN, title: `Vigil — ${line}` };
  }
  return { total, counts, downNames, offline, line, badge };
}
