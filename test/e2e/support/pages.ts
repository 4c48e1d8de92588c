/**
 * Steps on Vigil's pages that many tests share: set a watchlist and wait for its first verdicts, wait
 * for a round to end, read a notice line by line, count the options page's watchlist rows.
 */
import type { Watchlist } from '../../../src/model';
import type { Vigil } from './session';
import { evaluate, setWatchlist, waitFor, waitForRows, watchlistOf, type AnyPage, type Handle, type Row } from './vigil';

/**
 * Watches `sites` (with the fault server's canary), opens the popup and waits until every site has
 * a verdict (none left "unknown"); returns the popup and its rows.
 */
export async function watchAndOpen(
  v: Vigil,
  sites: Watchlist['sites'],
  { retry, canaries = v.canaries(), timeout }: { retry?: Watchlist['settings']['retry']; canaries?: string[]; timeout?: number } = {},
): Promise<{ page: AnyPage; list: Row[] }> {
  await setWatchlist(v.handle, watchlistOf(sites, canaries, retry));
  const page = await v.popup();
  const list = await waitForRows(page, (r) => r.length === sites.length && r.every((x) => x.status !== 'unknown'), `every site to get a verdict`, timeout);
  return { page, list };
}

/** The popup's list says whether a round is running (aria-busy). */
export function listBusy(page: AnyPage): Promise<string | null | undefined> {
  return evaluate(page, () => document.querySelector('ul.sites')?.getAttribute('aria-busy'));
}

export async function waitForRoundEnd(page: AnyPage, message = 'the round to end'): Promise<void> {
  await waitFor(async () => (await listBusy(page)) === 'false', { message });
}

/**
 * The text of an element split where it breaks the line (<br>): a notice's sentence and its evidence
 * line are two lines to a person, though textContent runs them together.
 */
export function lines(page: AnyPage, selector: string): Promise<string[]> {
  return evaluate(page, (s: string) => {
    const el = document.querySelector(s);
    if (!el) return [];
    const out = [''];
    for (const node of el.childNodes) {
      if (node.nodeName === 'BR') out.push('');
      else out[out.length - 1] += node.textContent ?? '';
    }
    return out;
  }, selector);
}

/** Rows in the options page's watchlist table. */
export function tableRows(page: AnyPage): Promise<number> {
  return evaluate(page, () => document.querySelectorAll('tr[data-site-url]').length);
}

export async function waitForTableRows(page: AnyPage, count: number, message = 'the watchlist table'): Promise<void> {
  await waitFor(async () => (await tableRows(page)) === count, { message });
}

/** Whether outage notifications are on, as stored by Options → Notifications. */
export function notificationsEnabled(handle: Handle, key: string): Promise<boolean | undefined> {
  return handle.evalInExtension(async (k: string) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { storage: { local: { get(k: string): Promise<Record<string, { enabled?: boolean } | undefined>> } } };
    return (await api.storage.local.get(k))[k]?.enabled;
  }, key);
}
