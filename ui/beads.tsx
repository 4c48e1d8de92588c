import type { Bead } from '../src/history/store';
import { formatList, formatMs, shortTime } from '../src/i18n/format';
import type { MessageKey } from '../src/i18n/translator';
import type { Site } from '../src/model';
import { downReason } from '../src/monitor/reason';
import { tr } from './i18n';
import './charts.css';

interface Props {
  beads: readonly Bead[];
  site: Pick<Site, 'expectText'>;
  now: number;
}

type Status = Bead['status'];
const ORDER: readonly Status[] = ['down', 'offline', 'shielded', 'slow', 'up'];
const WORDS: Record<Status, MessageKey> = {
  up: 'honest_bead_up',
  slow: 'honest_bead_slow',
  shielded: 'honest_bead_shielded',
  down: 'honest_bead_down',
  offline: 'honest_bead_offline',
};

/** One check in words: "08:04: down (HTTP 503)", "08:01: up, first byte after 204 ms". */
export function beadWords(bead: Bead, site: Pick<Site, 'expectText'>, now: number): string {
  const { result, status } = bead;
  const word = tr.t(WORDS[status]);
  const what =
    status === 'down'
      ? tr.t('honest_bead_why', word, downReason(tr, result, site))
      : status !== 'offline' && result.ttfbMs !== undefined
        ? tr.t('honest_bead_timed', word, formatMs(tr, result.ttfbMs))
        : word;
  return tr.t('honest_bead_title', shortTime(tr, result.at, now), what);
}

/** "Last 12 checks: 9 up, 3 down": the beads' text equivalent, worst first. */
export function beadsLabel(beads: readonly Bead[]): string {
  const counts = new Map<Status, number>();
  for (const b of beads) counts.set(b.status, (counts.get(b.status) ?? 0) + 1);
  const parts = ORDER.filter((s) => counts.has(s)).map((s) => tr.t('honest_bead_part', counts.get(s)!, tr.t(WORDS[s])));
  return tr.n('honest_beads', beads.length, formatList(tr, parts));
}

/**
 * The last checks as beads (Uptime Kuma's convention): one small bar per check, oldest on the left,
 * coloured by what the check found and, so colour is never the only sign, shaped too: a failure is
 * a full bar, an answer a shorter one, a check the user's own connection prevented a stub. Each
 * bead says its check in a tooltip; the whole says it in words for screen readers.
 */
export function Beads({ beads, site, now }: Props) {
  if (!beads.length) return null;
  return (
    <span class="beads" role="img" aria-label={beadsLabel(beads)} data-beads={beads.length}>
      {beads.map((b) => (
        <span key={b.result.at} class={`bead bead-${b.status}`} title={beadWords(b, site, now)} data-bead-status={b.status} />
      ))}
    </span>
  );
}
