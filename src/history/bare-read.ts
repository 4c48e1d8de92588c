import type { HistoryDb } from './db';

/**
 * The records the uptime table and the 90-day strip are computed from (a summary and a recent
 * record per site), read and nothing else: the bench's floor for `historyOverview`, which reads the
 * same records the same way and then does the arithmetic. Returns how many records were read.
 */
export async function readOverviewRecords(db: HistoryDb, siteUrls: readonly string[]): Promise<number> {
  const tx = db.transaction(['summaries', 'recent']);
  const wanted = new Set(siteUrls);
  const byKey = wanted.size * 2 < (await tx.objectStore('recent').count());
  const fetch = <S extends 'summaries' | 'recent'>(store: S) =>
    byKey
      ? Promise.all([...wanted].map((url) => tx.objectStore(store).get(url))).then((all) => all.filter((r) => r !== undefined))
      : tx.objectStore(store).getAll();
  const [closed, recent] = await Promise.all([fetch('summaries'), fetch('recent')]);
  return closed.filter((r) => wanted.has(r.siteUrl)).length + recent.filter((r) => wanted.has(r.siteUrl)).length;
}
