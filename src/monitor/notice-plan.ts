import { formatList } from '../i18n/format';
import type { Translator } from '../i18n/translator';
import type { Notice, Site } from '../model';
import type { NotificationPrefs } from '../settings/preferences';
import { noticeWords } from './notice-text';

/**
 * Which notifications to show for the notices of a round, pure. Several sites failing in the same
 * round make one grouped notification; nothing is shown while notifications are off or snoozed, and
 * recoveries only if wanted. Notices older than STALE_MS (a worker that came back late) are dropped.
 */
export const STALE_MS = 30 * 60_000;

export interface Shown {
  id: string;
  title: string;
  message: string;
  /** The notices it stands for (marked delivered). */
  noticeIds: string[];
}

export interface DeliveryPlan {
  show: Shown[];
  /** Delivered without a notification (stale, off, snoozed, recoveries off). */
  silent: string[];
}

export function planDelivery(tr: Translator, notices: readonly Notice[], sites: readonly Site[], prefs: NotificationPrefs, now: number): DeliveryPlan {
  const plan: DeliveryPlan = { show: [], silent: [] };
  const quiet = !prefs.enabled || (prefs.quietUntil !== undefined && now < prefs.quietUntil);
  const wanted = notices.filter((n) => {
    const keep = !quiet && now - n.at < STALE_MS && (n.kind === 'down' || prefs.recoveries);
    if (!keep) plan.silent.push(n.id);
    return keep;
  });
  const byUrl = new Map(sites.map((s) => [s.url, s]));
  for (const kind of ['down', 'recovered'] as const) {
    const list = wanted.filter((n) => n.kind === kind);
    if (list.length === 1) {
      const words = noticeWords(tr, list[0]!, byUrl.get(list[0]!.siteUrl)?.name ?? list[0]!.siteUrl);
      plan.show.push({ id: list[0]!.id, title: words.title, message: words.message, noticeIds: [list[0]!.id] });
    }
    if (list.length > 1) plan.show.push(grouped(tr, kind, list, sites));
  }
  return plan;
}

function grouped(tr: Translator, kind: Notice['kind'], list: readonly Notice[], sites: readonly Site[]): Shown {
  const byUrl = new Map(sites.map((s) => [s.url, s]));
  const groups = new Set(list.map((n) => byUrl.get(n.siteUrl)?.group));
  const group = groups.size === 1 ? [...groups][0] : undefined;
  const pool = group ? sites.filter((s) => s.group === group) : sites;
  const names = list.map((n) => byUrl.get(n.siteUrl)?.name ?? n.siteUrl);
  let title: string;
  if (kind === 'down') title = group ? tr.n('notify_down_group', pool.length, list.length, group) : tr.n('notify_down_all', pool.length, list.length);
  else title = group ? tr.n('notify_back_group', list.length, group) : tr.n('notify_back_all', list.length);
  const message = kind === 'down' ? list.map((n, i) => tr.t('notify_site_reason', names[i]!, noticeWords(tr, n, names[i]!).reason)).join('\n') : formatList(tr, names);
  return { id: `group-${kind}:${list.map((n) => n.incidentId).join(',')}`, title, message, noticeIds: list.map((n) => n.id) };
}

