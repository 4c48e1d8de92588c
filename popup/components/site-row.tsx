import type { Site, SiteState, SiteStatus } from '../../src/model';
import { evidenceLine, formatMs, stateReason } from '../../src/monitor/reason';
import { ago, clockTime } from '../../ui/format';
import { AvailabilityStrip } from '../../ui/availability-strip';
import { StatusIcon } from '../../ui/status-icon';
import { formatPercent, type Availability } from '../../src/history/uptime';
import type { SiteHistory } from '../../src/history/read';

/** The 30-day figure with its coverage: "99.2% up over 30 d, observed 61%" (+ the shielded share). */
function uptimeWords(history: SiteHistory): string {
  const a: Availability = history.uptime['30d'];
  if (a.available === undefined) return 'No history yet';
  const shielded = a.shielded ? `, ${formatPercent(a.shielded, 0)} shielded` : '';
  return `${formatPercent(a.available)} up${shielded} over 30 d, observed ${formatPercent(a.coverage, 0)}`;
}

interface Props {
  site: Site;
  state: SiteState | undefined;
  history: SiteHistory | undefined;
  now: number;
  onOpen: (siteUrl: string) => void;
}

export function SiteRow({ site, state, history, now, onOpen }: Props) {
  const status: SiteStatus = site.paused ? 'unknown' : (state?.status ?? 'unknown');
  const last = state?.last;
  const latency = last?.ttfbMs ?? (last && last.outcome !== 'down' ? last.totalMs : undefined);
  return (
    <li data-site-url={site.url} data-status={status} {...(status === 'down' && state?.cause ? { 'data-cause': state.cause } : {})}>
      <span class="icon">
        <StatusIcon status={status} />
      </span>
      <button type="button" class="name" title={`${site.name} — ${site.url}: details`} onClick={() => onOpen(site.url)}>
        {site.name}
      </button>
      <span class={`reason status-${status}`} title={last ? `Checked ${clockTime(last.at)}: ${evidenceLine(last)}` : undefined}>
        {stateReason(state, site)}
      </span>
      {history && (
        <span class="history">
          <AvailabilityStrip days={history.strip} />
          <span class="uptime muted">{uptimeWords(history)}</span>
        </span>
      )}
      <span class="figures muted">
        {latency !== undefined && <span class="latency">{formatMs(latency)}</span>}
        {latency !== undefined && <br />}
        {state?.lastCheckedAt ? <time dateTime={new Date(state.lastCheckedAt).toISOString()}>{ago(state.lastCheckedAt, now)}</time> : 'not checked yet'}
      </span>
    </li>
  );
}
