import { useRef, useState } from 'preact/hooks';
import type { CrossCheck } from '../../src/crosscheck/types';
import type { SiteHistory } from '../../src/history/store';
import type { Incident, Site, SiteState } from '../../src/model';
import { shownStatus } from '../../src/monitor/shown-status';
import { tr } from '../../ui/i18n';
import { isFine, keepPlan, planList, type ListPlan } from './list-plan';
import { OutageLine } from './outage-notices';
import { SiteRow } from './site-row';

interface Props {
  sites: readonly Site[];
  states: ReadonlyMap<string, SiteState>;
  history: ReadonlyMap<string, SiteHistory>;
  /** Open outages by site: each is said under its site's row. */
  outages: ReadonlyMap<string, Incident>;
  crossChecks: ReadonlyMap<number, CrossCheck>;
  busy: boolean;
  now: number;
  onOpen: (siteUrl: string) => void;
}

/**
 * What needs attention first, then the groups; a group whose sites are all fine folds into one line
 * that opens on click. While a round runs the plan made when it started is kept, so rows never move
 * under the pointer; it is made again once the round is over.
 */
export function SiteList({ sites, states, history, outages, crossChecks, busy, now, onOpen }: Props) {
  const frozen = useRef<ListPlan | undefined>(undefined);
  const plan = busy && frozen.current ? keepPlan(frozen.current, sites) : planList(sites, states);
  frozen.current = plan;
  // What the person chose for each group, by name; untouched groups follow the plan.
  const [opened, setOpened] = useState<ReadonlyMap<string, boolean>>(new Map());
  const byUrl = new Map(sites.map((s) => [s.url, s]));
  const busyAttr = busy ? 'true' : 'false';
  const row = (url: string) => {
    const site = byUrl.get(url);
    return site ? <SiteRow key={url} site={site} state={states.get(url)} history={history.get(url)} now={now} onOpen={onOpen} /> : null;
  };
  const inAttention = new Set(plan.attention);
  const single = plan.groups.length === 1 && !plan.attention.length;
  return (
    <div class="groups" aria-busy={busyAttr}>
      {plan.attention.length > 0 && (
        <section class="attention" aria-labelledby="attention-heading">
          <h2 class="group" id="attention-heading">
            {tr.t('glance_attention_heading')}
          </h2>
          <ul class="sites" aria-labelledby="attention-heading" aria-busy={busyAttr}>
            {plan.attention.flatMap((url) => {
              const outage = outages.get(url);
              const site = byUrl.get(url);
              return [row(url), outage && site ? <OutageLine key={`outage:${url}`} incident={outage} site={site} crossChecks={crossChecks} now={now} onOpen={onOpen} /> : null];
            })}
          </ul>
        </section>
      )}
      {plan.groups.map((group, index) => {
        const label = single ? tr.t('sites_label') : group.name || tr.t('group_ungrouped');
        const members = group.urls.map((u) => byUrl.get(u)).filter((s): s is Site => s !== undefined);
        // A site that turned bad during the round opens its folded group rather than hide there.
        const fineNow = members.every((s) => isFine(s, states.get(s.url)));
        const open = group.foldable ? (opened.get(group.name) ?? !fineNow) : true;
        const id = `group-${index}`;
        return (
          <section key={group.name} class="group-section" aria-label={label}>
            {group.foldable ? (
              <h2 class="group">
                <button type="button" class="fold" aria-expanded={open ? 'true' : 'false'} aria-controls={id} onClick={() => setOpened(new Map(opened).set(group.name, !open))}>
                  <span class="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span> {foldLine(label, members, sites, inAttention, states)}
                </button>
              </h2>
            ) : (
              !single && <h2 class="group">{label}</h2>
            )}
            <ul class="sites" id={id} hidden={!open} aria-label={single ? label : tr.t('group_sites_label', label)} aria-busy={busyAttr}>
              {group.urls.map(row)}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** "EU institutions: 11 up", "· 2 listed above", "· 1 paused". */
function foldLine(label: string, members: readonly Site[], sites: readonly Site[], inAttention: ReadonlySet<string>, states: ReadonlyMap<string, SiteState>): string {
  const group = members[0]?.group;
  const up = members.filter((s) => shownStatus(s, states.get(s.url)) === 'up').length;
  const paused = members.filter((s) => s.paused).length;
  const above = sites.filter((s) => s.group === group && inAttention.has(s.url)).length;
  return [tr.n('glance_fold_up', up, label), above ? tr.n('glance_fold_attention', above) : '', paused ? tr.n('glance_fold_paused', paused) : ''].filter(Boolean).join(' · ');
}
