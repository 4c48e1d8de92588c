import type { Incident, Site } from '../../src/model';
import { formatDuration } from '../../src/monitor/notice-text';
import { downReason, evidenceLine } from '../../src/monitor/reason';
import { clockTime, shortTime } from '../../ui/format';

interface Props {
  incidents: readonly Incident[];
  sites: ReadonlyMap<string, Site>;
  now: number;
}

/**
 * Outage notices: open incidents first, always visible ("European Parliament down since 14:05 —
 * HTTP 503, 23 min"), then the last 30 days' incidents, folded, each with its evidence.
 */
export function OutageNotices({ incidents, sites, now }: Props) {
  const open = incidents.filter((i) => i.end === undefined);
  const closed = incidents.filter((i) => i.end !== undefined);
  if (!incidents.length) return null;
  const line = (i: Incident) => {
    const site = sites.get(i.siteUrl) ?? { url: i.siteUrl, name: new URL(i.siteUrl).hostname };
    const reason = downReason(i.firstEvidence, site);
    return i.end === undefined
      ? `${site.name} down since ${shortTime(i.start, now)} — ${reason}, ${formatDuration(now - i.start)}`
      : `${site.name} was down ${clockTime(i.start)} for ${formatDuration(i.end - i.start)} — ${reason}`;
  };
  return (
    <section class="notices" aria-label="Outage notices">
      {open.length > 0 && (
        <ul class="open">
          {open.map((i) => (
            <li key={i.id} data-incident-site={i.siteUrl} data-incident-open="true" title={evidenceLine(i.lastEvidence)}>
              {line(i)}
            </li>
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details>
          <summary>
            {closed.length} outage{closed.length === 1 ? '' : 's'} in the last 30 days
          </summary>
          <ul class="closed">
            {closed.map((i) => (
              <li key={i.id} data-incident-site={i.siteUrl} data-incident-open="false">
                {line(i)}
                <br />
                <span class="muted">{evidenceLine(i.firstEvidence)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
