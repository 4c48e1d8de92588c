import type { MessageKey } from '../../src/i18n/translator';
import type { Site, SiteState, SiteStatus } from '../../src/model';
import { stateReason } from '../../src/monitor/reason';
import { shownStatus } from '../../src/monitor/shown-status';
import { tr } from '../../ui/i18n';
import { StatusIcon } from '../../ui/status-icon';

const WORDS: Record<Exclude<SiteStatus, 'unknown'>, MessageKey> = {
  up: 'state_up',
  slow: 'options_status_slow',
  shielded: 'options_status_shielded',
  down: 'options_status_down',
  offline: 'options_status_offline',
};

/** A status in one word, as the table and the welcome page name it. */
export function statusWord(status: SiteStatus, paused = false): string {
  return status !== 'unknown' ? tr.t(WORDS[status]) : tr.t(paused ? 'state_paused' : 'state_not_checked');
}

/** The site's current status as the popup decides it, in one word beside its icon; the reason on hover. */
export function SiteStatusCell({ site, state }: { site: Site; state: SiteState | undefined }) {
  const status = shownStatus(site, state);
  return (
    <td class="status" data-status={status} title={stateReason(tr, state, site)}>
      <span class={`status-${status}`}>
        <StatusIcon status={status} />
      </span>{' '}
      {statusWord(status, site.paused)}
    </td>
  );
}
