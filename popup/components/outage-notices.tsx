import { sayVerdict } from '../../src/crosscheck/words';
import type { CrossCheck } from '../../src/crosscheck/types';
import type { Incident, Site } from '../../src/model';
import { clockTime, formatDuration, shortTime } from '../../src/i18n/format';
import { downReason, evidenceLine } from '../../src/monitor/reason';
import { tr } from '../../ui/i18n';
import { siteName } from '../../ui/site-name';

interface Props {
  incidents: readonly Incident[];
  /** Each incident's latest cross-check from other networks, by incident id. */
  crossChecks: ReadonlyMap<number, CrossCheck>;
  sites: ReadonlyMap<string, Site>;
  now: number;
}

/**
 * Outage notices: open incidents first, always visible ("European Parliament down since 14:05 —
 * HTTP 503, 23 min"), then the last 30 days' incidents, folded, each with its evidence.
 */
export function OutageNotices({ incidents, crossChecks, sites, now }: Props) {
  const open = incidents.filter((i) => i.end === undefined);
  const closed = incidents.filter((i) => i.end !== undefined);
  if (!incidents.length) return null;
  const line = (i: Incident) => {
    const site = sites.get(i.siteUrl) ?? { url: i.siteUrl, name: new URL(i.siteUrl).hostname };
    const reason = downReason(tr, i.firstEvidence, site);
    return i.end === undefined
      ? tr.t('notice_open', siteName(site), shortTime(tr, i.start, now), reason, formatDuration(tr, now - i.start))
      : tr.t('notice_closed', siteName(site), clockTime(tr, i.start), formatDuration(tr, i.end - i.start), reason);
  };
  const verdict = (i: Incident) => {
    const check = i.id === undefined ? undefined : crossChecks.get(i.id);
    return check ? (
      <span class="crosscheck-verdict" data-crosscheck-verdict={check.verdict}>
        {' '}
        {sayVerdict(tr, check.words, now)}
      </span>
    ) : null;
  };
  return (
    <section class="notices" aria-label={tr.t('notices_label')}>
      {open.length > 0 && (
        <ul class="open">
          {open.map((i) => (
            <li key={i.id} data-incident-site={i.siteUrl} data-incident-open="true" title={evidenceLine(tr, i.lastEvidence)}>
              {line(i)}
              {verdict(i)}
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
                {line(i)}
                {verdict(i)}
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
