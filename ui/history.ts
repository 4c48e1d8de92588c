import { HistoryStore } from '../src/history/store';

let opened: Promise<HistoryStore> | undefined;

/**
 * The page's one HistoryStore (popup or options): the same database the background writes, opened
 * once per page and only read. A failed open is not kept, so the next read tries again.
 */
export function pageHistory(): Promise<HistoryStore> {
  opened ??= HistoryStore.open().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}
