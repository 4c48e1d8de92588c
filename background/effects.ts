import type { Notice, Watchlist } from '../src/model';
import type { HistoryDb } from '../src/history/db';
import { readStates } from '../src/history/read';
import { markDelivered, pendingNotices } from '../src/history/write';
import { summarise } from '../src/monitor/summary';
import { setBadge } from '../src/platform/badge';
import { showNotification } from '../src/platform/notifications';

/** What the user sees outside the popup: the toolbar badge and notifications. */

export async function refreshBadge(db: HistoryDb, watchlist: Watchlist): Promise<void> {
  const summary = summarise(watchlist.sites, await readStates(db));
  await setBadge(summary.badge);
}

/** A notice older than this when the worker comes back is no longer news. */
const STALE_MS = 30 * 60_000;

export async function deliver(db: HistoryDb, notice: Notice, now: number): Promise<void> {
  if (now - notice.at < STALE_MS) await showNotification(notice.id, notice.title, notice.message);
  await markDelivered(db, notice.id);
}

/** At start: notices written but not shown before the worker stopped. */
export async function deliverPending(db: HistoryDb, now: number): Promise<void> {
  for (const notice of await pendingNotices(db)) await deliver(db, notice, now);
}
