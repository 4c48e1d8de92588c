import type { SiteHistory } from '../../src/history/store';
import { honestWords, rowFigure, WINDOW_KEYS } from '../../src/history/honest-uptime';
import { shownStatus } from '../../src/monitor/shown-status';
import { ago, clockTime, formatDuration, formatMs, shortTime } from '../../src/i18n/format';
import type { Site, SiteState, SiteStatus } from '../../src/model';
import { evidenceLine, stateReason, verdictVendor } from '../../src/monitor/reason';
import { Beads } from '../../ui/beads';
import { tr } from '../../ui/i18n';
import { siteName } from '../../ui/site-name';
import { StatusIcon } from '../../ui/status-icon';
import { PermissionButton } from './permission-button';
import './site-row.css';

/** What the row says of its history: a percentage only once it means something (honest-uptime.ts). */
function uptimeWords(history: SiteHistory, now: number): string {
  const { window, figure } = rowFigure(history.uptime, history.since, now);
  return honestWords(tr, figure, tr.t(WINDOW_KEYS[window]), now);
}

interface Props {
  site: Site;
  state: SiteState | undefined;
  history: SiteHistory | undefined;
  now: number;
  onOpen: (siteUrl: string) => void;
}

export function SiteRow({ site, state, history, now, onOpen }: Props) {
  const status: SiteStatus = shownStatus(site, state);
  const last = state?.last;
  const latency = last?.ttfbMs ?? (last && last.outcome !== 'down' ? last.totalMs : undefined);
  // The protection layer or edge the verdict names ("Cloudflare", "Myra Security"), for tests and tools.
  const vendor = site.paused ? undefined : verdictVendor(state);
  // The outage under way, in time: `since` is its first failing check.
  const downSince = status === 'down' && state ? state.since : undefined;
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
      {downSince !== undefined && (
        <span class="outage-for status-down">
          {tr.t('honest_down_for', formatDuration(tr, now - downSince), shortTime(tr, downSince, now))}
        </span>
      )}
      {state?.needsPermission && !site.paused && <PermissionButton site={site} />}
      {history && (
        <span class="history">
          <Beads beads={history.beads} site={site} now={now} />
          <span class="uptime muted">{uptimeWords(history, now)}</span>
        </span>
      )}
      <span class="figures muted">
        {latency !== undefined && <span class="latency">{formatMs(tr, latency)}</span>}
        {latency !== undefined && <br />}
        {state?.lastCheckedAt ? <time dateTime={new Date(state.lastCheckedAt).toISOString()}>{ago(tr, state.lastCheckedAt, now)}</time> : tr.t('row_not_checked')}
      </span>
    </li>
  );
}
