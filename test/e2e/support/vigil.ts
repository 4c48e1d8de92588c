/**
 * What a person sees of Vigil, read through either browser's automation (Playwright pages in
 * Chromium, Puppeteer pages in Firefox): popup rows, the summary, the badge, notifications.
 */
import { launchChromium, launchFirefox, waitFor } from '../../../scripts/lib/browsers.mjs';
import { readDb } from '../../../scripts/lib/extension-db.mjs';
import { startRefusedPort } from '../../fixtures/fault-server.mjs';
import type { Watchlist } from '../../../src/model';
import { STORAGE_KEYS } from '../../../src/settings/storage-keys';
import { WATCHLIST_FORMAT, WATCHLIST_VERSION } from '../../../src/settings/watchlist-format';
import { noInternetChromiumArgs, noInternetFirefoxPrefs } from './no-internet';

export type Handle = Awaited<ReturnType<typeof launchChromium>> | Awaited<ReturnType<typeof launchFirefox>>;
export type AnyPage = Awaited<ReturnType<Handle['openPage']>>;
export type BrowserKind = 'chromium' | 'firefox';

export const EXT_DIR: Record<BrowserKind, string> = { chromium: 'dist/chrome-e2e', firefox: 'dist/firefox-e2e' };

/** Launches `kind` with the e2e build and no internet (see no-internet.ts). */
/** `refusedPort`: a local port nothing listens on (Firefox's no-internet resolver); one is opened if not given. */
export async function launch(kind: BrowserKind, refusedPort?: number): Promise<Handle> {
  return kind === 'chromium'
    ? launchChromium(EXT_DIR.chromium, { args: noInternetChromiumArgs() })
    : launchFirefox(EXT_DIR.firefox, { prefs: noInternetFirefoxPrefs(refusedPort ?? (await startRefusedPort())) });
}

export { waitFor };

export interface Row {
  url: string;
  status: string;
  cause: string | undefined;
  /** The protection layer or edge the verdict names (data-vendor), if any. */
  vendor: string | undefined;
  text: string;
  /** The verdict in words, as the row shows it ("Down — HTTP 503"). */
  reason: string;
}

export async function rows(page: AnyPage): Promise<Row[]> {
  return (page as { evaluate: (fn: () => Row[]) => Promise<Row[]> }).evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-site-url]')].map((el) => ({
      url: el.dataset.siteUrl ?? '',
      status: el.dataset.status ?? '',
      cause: el.dataset.cause,
      vendor: el.dataset.vendor,
      text: el.textContent ?? '',
      reason: el.querySelector('.reason')?.textContent ?? '',
    })),
  );
}

export async function evaluate<R, A = undefined>(page: AnyPage, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return (page as unknown as { evaluate: (f: typeof fn, a?: A) => Promise<R> }).evaluate(fn, arg);
}

export function text(page: AnyPage, selector: string): Promise<string> {
  return evaluate(page, (s: string) => document.querySelector(s)?.textContent ?? '', selector);
}

/** Waits until the popup's rows satisfy `check`, and returns them; the message quotes the last rows. */
export async function waitForRows(page: AnyPage, check: (rows: Row[]) => boolean, message: string, timeout = 30_000): Promise<Row[]> {
  let last: Row[] = [];
  try {
    return await waitFor(async () => {
      last = await rows(page);
      return check(last) ? last : undefined;
    }, { timeout, interval: 150, message });
  } catch (error) {
    throw new Error(`${(error as Error).message}\nrows: ${JSON.stringify(last.map((r) => [r.url, r.status, r.cause, r.text]), null, 1)}`);
  }
}

export function byUrl(list: Row[], url: string): Row | undefined {
  return list.find((r) => r.url === url);
}

/** A real click on the button a person would find by its name. */
export async function clickButton(page: AnyPage, name: string): Promise<void> {
  try {
    // A person clicks in the tab they are looking at; Firefox does not lay out background tabs.
    await page.bringToFront();
    if ('getByRole' in page) await page.getByRole('button', { name, exact: true }).click({ timeout: 15_000 });
    else await page.locator(`::-p-aria([name="${name}"][role="button"])`).setTimeout(15_000).click();
  } catch (error) {
    throw new Error(`could not click the button named "${name}": ${(error as Error).message}`);
  }
}

export async function typeInto(page: AnyPage, selector: string, value: string): Promise<void> {
  if ('fill' in page) await page.fill(selector, value);
  else {
    await page.click(selector, { count: 3 });
    await page.type(selector, value);
  }
}

type Api = {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<boolean> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
};

/** Replaces the watchlist as the options page does (same command), and waits for it to be stored. */
export async function setWatchlist(handle: Handle, watchlist: Watchlist): Promise<void> {
  const answer = await handle.evalInExtension(async (text: string) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
    return api.runtime.sendMessage({ type: 'importWatchlist', text, mode: 'replace' });
  }, JSON.stringify(watchlist));
  if (!(answer as { ok: boolean }).ok) throw new Error(`import refused: ${JSON.stringify(answer)}`);
}

export async function storedWatchlist(handle: Handle): Promise<Watchlist> {
  return handle.evalInExtension(async (key: string) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
    return (await api.storage.local.get(key))[key] as Watchlist;
  }, STORAGE_KEYS.watchlist);
}

export function badgeText(handle: Handle): Promise<string> {
  return handle.evalInExtension(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
    return api.action.getBadgeText({});
  }, undefined);
}

export function badgeTitle(handle: Handle): Promise<string> {
  return handle.evalInExtension(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
    return api.action.getTitle({});
  }, undefined);
}

/** Ids of the notifications the browser is showing ("down:<incident>", "recovered:<incident>"). */
export function notificationIds(handle: Handle): Promise<string[]> {
  return handle.evalInExtension(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
    return Object.keys(await api.notifications.getAll());
  }, undefined);
}

export async function clearNotifications(handle: Handle): Promise<void> {
  await handle.evalInExtension(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
    for (const id of Object.keys(await api.notifications.getAll())) await api.notifications.clear(id);
  }, undefined);
}

/** The notices Vigil recorded (IndexedDB) with the words each was shown in, by notification id. */
export async function noticeTexts(handle: Handle): Promise<Array<{ id: string; kind: string; siteUrl: string; title: string; message: string; delivered: boolean }>> {
  const notices: Array<{ id: string; kind: string; siteUrl: string; delivered: boolean; shownAs?: { title: string; message: string } }> = await readDb(handle, { store: 'notices' });
  return notices.map(({ shownAs, ...notice }) => ({ ...notice, title: shownAs?.title ?? '', message: shownAs?.message ?? '' }));
}

export function watchlistOf(sites: Watchlist['sites'], canaries: string[], retry = { attempts: 1, delaySeconds: 1 }): Watchlist {
  return { format: WATCHLIST_FORMAT, version: WATCHLIST_VERSION, settings: { intervalMinutes: 5, timeoutSeconds: 5, retry, canaries }, sites };
}
