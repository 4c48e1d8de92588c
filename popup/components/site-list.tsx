import type { SiteHistory, SparkHour } from '../../src/history/store';
import { shownStatus } from '../../src/monitor/shown-status';
import { tr } from '../../ui/i18n';
import type { Site, SiteState, SiteStatus } from '../../src/model';
import { SiteRow } from './site-row';

interface Props {
  sites: readonly Site[];
  states: ReadonlyMap<string, SiteState>;
  history: ReadonlyMap<string, SiteHistory>;
  sparks: ReadonlyMap<string, readonly SparkHour[]>;
  busy: boolean;
  now: number;
  onOpen: (siteUrl: string) => void;
}

/** Worst first: what needs attention is at the top of its group. */
const SEVERITY: Record<SiteStatus, number> = { down: 0, offline: 1, shielded: 2, slow: 3, unknown: 4, up: 5 };

function statusOf(site: Site, states: ReadonlyMap<string, SiteState>): SiteStatus {
  return shownStatus(site, states.get(site.url));
}

/** Sites under their group's heading, groups with the worst site first, the watchlist's order kept otherwise. */
export function SiteList({ sites, states, history, sparks, busy, now, onOpen }: Props) {
  const groups = new Map<string, Site[]>();
  for (const site of sites) groups.set(site.group ?? '', [...(groups.get(site.group ?? '') ?? []), site]);
  const worst = (list: Site[]) => Math.min(...list.map((s) => SEVERITY[statusOf(s, states)]));
  const ordered = [...groups.entries()]
    .map(([name, list]) => [name, [...list].sort((a, b) => SEVERITY[statusOf(a, states)] - SEVERITY[statusOf(b, states)])] as const)
    .sort((a, b) => worst(a[1]) - worst(b[1]));
  const single = ordered.length === 1;
  return (
    <div class="groups" aria-busy={busy ? 'true' : 'false'}>
      {ordered.map(([name, list]) => (
        <section key={name} aria-label={name || tr.t('group_ungrouped')}>
          {!single && <h2 class="group">{name || tr.t('group_ungrouped')}</h2>}
          <ul class="sites" aria-label={single ? tr.t('sites_label') : tr.t('group_sites_label', name || tr.t('group_ungrouped'))} aria-busy={busy ? 'true' : 'false'}>
            {list.map((site) => (
              <SiteRow key={site.url} site={site} state={states.get(site.url)} history={history.get(site.url)} spark={sparks.get(site.url)} now={now} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
