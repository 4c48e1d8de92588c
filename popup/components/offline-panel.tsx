import { tr } from '../../ui/i18n';

interface Props {
  /** How many rows the panel stands for. */
  count: number;
  shown: boolean;
  onToggle: () => void;
  onOptions: (event: Event) => void;
}

/**
 * When every site is offline, one panel says so instead of one identical row per site: what is
 * happening, that Vigil re-checks by itself, and what to try when the person can browse anyway
 * (a network that blocks the connectivity checks). The rows stay in the page, folded behind it.
 */
export function OfflinePanel({ count, shown, onToggle, onOptions }: Props) {
  return (
    <section class="offline-panel" aria-labelledby="offline-panel-what">
      <p id="offline-panel-what">{tr.t('glance_offline_what')}</p>
      <p>{tr.t('glance_offline_next')}</p>
      <p>
        {tr.t('glance_offline_try')}{' '}
        <a href="#" onClick={onOptions}>
          {tr.t('options_link')}
        </a>
        .
      </p>
      <button type="button" class="fold" aria-expanded={shown ? 'true' : 'false'} aria-controls="site-lists" onClick={onToggle}>
        <span class="chevron" aria-hidden="true">{shown ? '▾' : '▸'}</span> {tr.n('glance_offline_show', count)}
      </button>
    </section>
  );
}
