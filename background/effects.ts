import type { Translator } from '../src/i18n/translator';
import type { Notice, Watchlist } from '../src/model';
import type { HistoryDb } from '../src/history/db';
import { readStates } from '../src/history/read';
import { markDelivered, pendingNotices } from '../src/history/write';
import { summarise } from '../src/monitor/summary';
import { setBadge } from '../src/platform/badge';
import { planDelivery } from '../src/monitor/notice-plan';
import { showNotification } from '../src/platform/notifications';
import { localStore } from '../src/platform/storage';
import { loadPrefs } from '../src/settings/preferences';
import { withDisplayNames } from '../src/settings/presets/display-name';

/** What the user sees outside the popup: the toolbar badge and notifications. */

export async function refreshBadge(tr: Translator, db: HistoryDb, watchlist: Watchlist): Promise<void> {
  const summary = summarise(tr, withDisplayNames(watchlist.sites, tr.locale), await readStates(db));
  await setBadge(summary.badge);
}

/** Shows a round's notices as planned (grouped, snoozed …) and records them as delivered. */
export async function deliver(tr: Translator, db: HistoryDb, notices: readonly Notice[], watchlist: Watchlist, now: number): Promise<void> {
  if (!notices.length) return;
  const plan = planDelivery(tr, notices, withDisplayNames(watchlist.sites, tr.locale), await loadPrefs(localStore), now);
  for (const shown of plan.show) await showNotification(shown.id, shown.title, shown.message);
  await markDelivered(db, [...plan.show.flatMap((shown) => shown.noticeIds), ...plan.silent]);
}

/** At start: notices written but not shown before the worker stopped. */
export async function deliverPending(tr: Translator, db: HistoryDb, watchlist: Watchlist, now: number): Promise<void> {
  await deliver(tr, db, await pendingNotices(db), watchlist, now);
}
