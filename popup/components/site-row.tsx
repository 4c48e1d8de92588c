import type { Site, SiteState, SiteStatus } from '../../src/model';
import { evidenceLine, formatMs, stateReason } from '../../src/monitor/reason';
import { ago, clockTime } from '../../ui/format';
import { StatusIcon } from '../../ui/status-icon';

interface Props {
  site: Site;
  state: SiteState | undefined;
  now: number;
}

export function SiteRow({ site, state, now }: Props) {
  const status: SiteStatus = site.paused ? 'unknown' : (state?.status ?? 'unknown');
  const last = state?.last;
  const latency = last?.ttfbMs ?? (last && last.outcome !== 'down' ? last.totalMs : undefined);
  return (
    <li data-site-url={site.url} data-status={status} {...(status === 'down' && state?.cause ? { 'data-cause': state.cause } : {})}>
      <span class="icon">
        <StatusIcon status={status} />
      </span>
      <span class="name" title={`${site.name} — ${site.url}`}>
        {site.name}
      </span>
      <span class={`reason status-${status}`} title={last ? `Checked ${clockTime(last.at)}: ${evidenceLine(last)}` : undefined}>
        {stateReason(state, site)}
      </span>
      <span class="figures muted">
        {latency !== undefined && <span class="latency">{formatMs(latency)}</span>}
        {latency !== undefined && <br />}
        {state?.lastCheckedAt ? <time dateTime={new Date(state.lastCheckedAt).toISOString()}>{ago(state.lastCheckedAt, now)}</time> : 'not checked yet'}
      </span>
    </li>
  );
}
