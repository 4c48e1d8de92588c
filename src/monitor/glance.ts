import { formatList } from '../i18n/format';
import { shownStatus } from './shown-status';
import type { Translator } from '../i18n/translator';
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

export function summarise(tr: Translator, sites: readonly Site[], states: ReadonlyMap<string, SiteState>): Summary {
  const counts: Record<SiteStatus, number> = { up: 0, slow: 0, shielded: 0, down: 0, offline: 0, unknown: 0 };
  const downNames: string[] = [];
  for (const site of sites) {
    const status = shownStatus(site, states.get(site.url));
    counts[status] += 1;
    if (status === 'down') downNames.push(site.name);
  }
  const total = sites.length;
  const offline = counts.offline > 0;
  let line: string;
  if (!total) line = tr.t('summary_empty');
  else if (counts.down) line = tr.n('summary_down', total, counts.down);
  else if (offline) line = tr.t('summary_offline');
  else if (counts.unknown === total) line = tr.n('summary_unchecked', total);
  else if (counts.unknown) line = tr.n('summary_partly_checked', total, total - counts.unknown, counts.unknown);
  else line = tr.n('summary_all_up', total);

  let badge: Summary['badge'];
  if (counts.down) {
    badge = { text: String(counts.down), color: BADGE_DOWN, title: tr.t('badge_down', counts.down, total, formatList(tr, downNames)) };
  } else if (offline) {
    badge = { text: tr.t('badge_offline_text'), color: BADGE_OFFLINE, title: tr.t('badge_offline') };
  } else {
    badge = { text: '', color: BADGE_DOWN, title: tr.t('badge_line', line) };
  }
  return { total, counts, downNames, offline, line, badge };
}
