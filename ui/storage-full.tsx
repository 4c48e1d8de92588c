import type { StorageFull } from '../src/history/store';
import { formatList } from '../src/i18n/format';
import type { PluralBase } from '../src/i18n/translator';
import { tr } from './i18n';

const DROPPED: Record<keyof StorageFull['dropped'], PluralBase> = {
  checks: 'storage_dropped_checks',
  hourly: 'storage_dropped_hourly',
  daily: 'storage_dropped_daily',
  transitions: 'storage_dropped_transitions',
  incidents: 'storage_dropped_incidents',
};

/** A full disk, said plainly: what Vigil holds in memory and what it removed to make room. */
export function StorageFullNotice({ full }: { full: StorageFull }) {
  const dropped = (Object.entries(full.dropped) as Array<[keyof StorageFull['dropped'], number]>)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => tr.n(DROPPED[kind], n));
  return (
    <p class="error" role="alert" data-storage-full="true">
      {tr.n('storage_full', full.reserved)} {dropped.length ? tr.t('storage_full_dropped', formatList(tr, dropped)) : tr.t('storage_full_nothing_dropped')}
    </p>
  );
}
