import { sayVerdict } from '../../src/crosscheck/words';
import type { CrossCheck } from '../../src/crosscheck/types';
import type { Incident, Site } from '../../src/model';
import { clockTime, formatDuration, shortTime } from '../../src/i18n/format';
import { downReason, evidenceLine } from '../../src/monitor/reason';
import { tr } from '../../ui/i18n';
import { siteName } from '../../ui/site-name';

/**
 * Outage notices are part of the list, not a second copy of it: an open outage is said by its
 * site's row ("Down for 4 min, since 08:01"), with one short line under it for what other networks
 * saw; the last 30 days' outages wait behind one disclosure. Every line opens the site's detail.
 */

function siteOf(sites: ReadonlyMap<string, Site>, url: string): Site {
  return sites.get(url) ?? { url, name: new URL(url).hostname };
}

function Verdict({ incident, crossChecks, now }: { incident: Incident; crossChecks: ReadonlyMap<number, CrossCheck>; now: number }) {
  const check = incident.id === undefined ? undefined : crossChecks.get(incident.id);
  return check ? (
    <span class="crosscheck-verdict" data-crosscheck-verdict={check.verdict}>
      {' '}
      {sayVerdict(tr, check.words, now)}
    </span>
  ) : null;
}

interface LineProps {
  incident: Incident;
  site: Pick<Site, 'url' | 'name'>;
  crossChecks: ReadonlyMap<number, CrossCheck>;
  now: number;
  onOpen: (siteUrl: string) => void;
}

/**
 * Under a down site's row, only what the row does not say: what other networks saw (the row itself
 * says since when the site is down). Nothing without a cross-check.
 */
export function OutageLine({ incident, site, crossChecks, now, onOpen }: LineProps) {
  const check = incident.id === undefined ? undefined : crossChecks.get(incident.id);
  if (!check) return null;
  const words = sayVerdict(tr, check.words, now);
  return (
    <li class="outage" data-incident-site={incident.siteUrl} data-incident-open="true" title={evidenceLine(tr, incident.lastEvidence)}>
      <button type="button" class="link" aria-label={`${siteName(site)}: ${words}`} onClick={() => onOpen(site.url)}>
        <span class="crosscheck-verdict" data-crosscheck-verdict={check.verdict}>
          {words}
        </span>
      </button>
    </li>
  );
}

interface Props {
  incidents: readonly Incident[];
  /** Open outages already said under their site's row. */
  shownInList: ReadonlySet<string>;
  crossChecks: ReadonlyMap<number, CrossCheck>;
  sites: ReadonlyMap<string, Site>;
  now: number;
  onOpen: (siteUrl: string) => void;
}

/**
 * The outages not said in the list: an open one whose site is not listed as down (its status is
 * `offline` for now), then the last 30 days', longest first, folded.
 */
export function OutageNotices({ incidents, shownInList, crossChecks, sites, now, onOpen }: Props) {
  const open = incidents.filter((i) => i.end === undefined && !shownInList.has(i.siteUrl));
  const closed = incidents.filter((i) => i.end !== undefined).sort((a, b) => b.end! - b.start - (a.end! - a.start));
  if (!open.length && !closed.length) return null;
  const line = (i: Incident) => {
    const site = siteOf(sites, i.siteUrl);
    const reason = downReason(tr, i.firstEvidence, site);
    return i.end === undefined
      ? tr.t('notice_open', siteName(site), shortTime(tr, i.start, now), reason, formatDuration(tr, now - i.start))
      : tr.t('notice_closed', siteName(site), clockTime(tr, i.start), formatDuration(tr, i.end - i.start), reason);
  };
  return (
    <section class="notices" aria-label={tr.t('notices_label')}>
      {open.length > 0 && (
        <ul class="open">
          {open.map((i) => (
            <li key={i.id} data-incident-site={i.siteUrl} data-incident-open="true" title={evidenceLine(tr, i.lastEvidence)}>
              <button type="button" class="link" onClick={() => onOpen(i.siteUrl)}>
                {line(i)}
              </button>
              <Verdict incident={i} crossChecks={crossChecks} now={now} />
            </li>
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details>
          <summary>{tr.n('notices_closed', closed.length)}</summary>
          <ul class="closed">
            {closed.map((i) => (
              <li key={i.id} data-incident-site={i.siteUrl} data-incident-open="false">
                <button type="button" class="link" onClick={() => onOpen(i.siteUrl)}>
                  {line(i)}
                </button>
                <Verdict incident={i} crossChecks={crossChecks} now={now} />
                <br />
                <span class="muted">{evidenceLine(tr, i.firstEvidence)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
