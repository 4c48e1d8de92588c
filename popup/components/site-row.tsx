import type { SiteHistory, SparkHour } from '../../src/history/store';
import { shownStatus } from '../../src/monitor/shown-status';
import type { Availability } from '../../src/history/uptime';
import { ago, clockTime, formatMs, formatPercent } from '../../src/i18n/format';
import type { Site, SiteState, SiteStatus } from '../../src/model';
import { evidenceLine, stateReason, verdictVendor } from '../../src/monitor/reason';
import { AvailabilityStrip } from '../../ui/availability-strip';
import { tr } from '../../ui/i18n';
import { siteName } from '../../ui/site-name';
import { Sparkline } from '../../ui/sparkline';
import { StatusIcon } from '../../ui/status-icon';
import { PermissionButton } from './permission-button';

/** The 30-day figure with its coverage: "99.2% up over 30 d, observed 61%" (+ the shielded share). */
function uptimeWords(history: SiteHistory): string {
  const a: Availability = history.uptime['30d'];
  if (a.available === undefined) return tr.t('row_no_history');
  const up = formatPercent(tr, a.available);
  const observed = formatPercent(tr, a.coverage, 0);
  return a.shielded ? tr.t('row_uptime_shielded', up, formatPercent(tr, a.shielded, 0), observed) : tr.t('row_uptime', up, observed);
}

interface Props {
  site: Site;
  state: SiteState | undefined;
  history: SiteHistory | undefined;
  spark: readonly SparkHour[] | undefined;
  now: number;
  onOpen: (siteUrl: string) => void;
}

export function SiteRow({ site, state, history, spark, now, onOpen }: Props) {
  const status: SiteStatus = shownStatus(site, state);
  const last = state?.last;
  const latency = last?.ttfbMs ?? (last && last.outcome !== 'down' ? last.totalMs : undefined);
  // The protection layer or edge the verdict names ("Cloudflare", "Myra Security"), for tests and tools.
  const vendor = site.paused ? undefined : verdictVendor(state);
  return (
    <li data-site-url={site.url} data-status={status} {...(status === 'down' && state?.cause ? { 'data-cause': state.cause } : {})} {...(vendor ? { 'data-vendor': vendor } : {})}>
      <span class="icon">
        <StatusIcon status={status} />
      </span>
      <button type="button" class="name" title={tr.t('row_open_detail', siteName(site), site.url)} onClick={() => onOpen(site.url)}>
        {siteName(site)}
      </button>
      <span class={`reason status-${status}`} title={last ? tr.t('row_checked_evidence', clockTime(tr, last.at), evidenceLine(tr, last)) : undefined}>
        {stateReason(tr, state, site)}
      </span>
      {state?.needsPermission && !site.paused && <PermissionButton site={site} />}
      {history && (
        <span class="history">
          <AvailabilityStrip days={history.strip} />
          <span class="uptime muted">{uptimeWords(history)}</span>
        </span>
      )}
      <span class="figures muted">
        {spark && <Sparkline hours={spark} now={now} />}
        {latency !== undefined && <span class="latency">{formatMs(tr, latency)}</span>}
        {latency !== undefined && <br />}
        {state?.lastCheckedAt ? <time dateTime={new Date(state.lastCheckedAt).toISOString()}>{ago(tr, state.lastCheckedAt, now)}</time> : tr.t('row_not_checked')}
      </span>
    </li>
  );
}
