import type { HistoryStore } from '../src/history/store';
import type { Translator } from '../src/i18n/translator';
import type { Notice, Watchlist } from '../src/model';
import { summarise } from '../src/monitor/glance';
import { planDelivery, type Shown } from '../src/monitor/notice-plan';
import { setBadge } from '../src/platform/badge';
import { showNotification } from '../src/platform/notifications';
import { presetNames } from '../src/platform/preset-data';
import { localStore } from '../src/platform/storage';
import { loadPrefs } from '../src/settings/preferences';
import { withDisplayNames } from '../src/settings/presets/display-name';

/** What the user sees outside the popup: the toolbar badge and notifications. */

export async function refreshBadge(tr: Translator, history: HistoryStore, watchlist: Watchlist): Promise<void> {
  const summary = summarise(tr, withDisplayNames(watchlist.sites, await presetNames(tr.locale)), await history.states());
  await setBadge(summary.badge);
}

/** Puts a round's notices into words as planned (grouped, snoozed …) and records them as delivered. */
export async function deliver(tr: Translator, history: HistoryStore, notices: readonly Notice[], watchlist: Watchlist, now: number): Promise<Shown[]> {
  if (!notices.length) return [];
  const plan = planDelivery(tr, notices, withDisplayNames(watchlist.sites, await presetNames(tr.locale)), await loadPrefs(localStore), now);
  for (const shown of plan.show) await showNotification(shown.id, shown.title, shown.message);
  await history.markDelivered([
    ...plan.show.flatMap((shown) => shown.noticeIds.map((id) => ({ id, shownAs: { title: shown.title, message: shown.message } }))),
    ...plan.silent.map((id) => ({ id })),
  ]);
  return plan.show;
}

/** Every notice not delivered yet (a round's, or one a stopped worker left), and what was shown. */
export async function deliverPending(tr: Translator, history: HistoryStore, watchlist: Watchlist, now: number): Promise<{ notices: Notice[]; shown: Shown[] }> {
  const notices = await history.pendingNotices();
  return { notices, shown: await deliver(tr, history, notices, watchlist, now) };
}
