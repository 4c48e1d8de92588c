/**
 * An axe-core audit of the popup (list and detail, in the popup and in a tab) and the options page,
 * in light and dark, at normal size and at 200% browser zoom, in Chromium, against the
 * WCAG 2.x A and AA rules. axe is evaluated through the DevTools protocol, which the pages' CSP
 * (script-src 'self') does not govern; nothing is added to the extension.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browsers.mjs';
import { startFaultServer } from '../fixtures/fault-server.mjs';
import { noInternetChromiumArgs } from './support/no-internet';
import { clickButton, EXT_DIR, setWatchlist, waitFor, waitForRows, watchlistOf, type AnyPage } from './support/vigil';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function audit(page: AnyPage): Promise<string[]> {
  const p = page as unknown as { evaluate: (fn: string | ((...a: unknown[]) => unknown), arg?: unknown) => Promise<unknown> };
  await p.evaluate(`${axeSource};undefined`);
  const result = (await p.evaluate(() =>
    (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

type ExtensionPage = Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>['openPage']>>;

/**
 * Browser zoom as a person sets it (Ctrl +), through the tabs API on the page's own tab, for that tab
 * only: the CSS viewport shrinks and the text grows, as at 200% in the browser's menu.
 */
async function zoom(page: ExtensionPage, factor: number): Promise<void> {
  await page.evaluate(async (f: number) => {
    type Tabs = { getCurrent(): Promise<{ id: number }>; setZoomSettings(id: number, s: object): Promise<void>; setZoom(id: number, f: number): Promise<void> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const tab = await tabs.getCurrent();
    await tabs.setZoomSettings(tab.id, { scope: 'per-tab' });
    await tabs.setZoom(tab.id, f);
  }, factor);
  await waitFor(() => page.evaluate((f: number) => devicePixelRatio === f, factor), { message: `zoom ${factor * 100}%` });
}

/** WCAG 1.4.10: nothing needs scrolling sideways, and no control ends past the right edge. */
function sideways(page: ExtensionPage): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = document.documentElement.scrollWidth > width ? [`page ${document.documentElement.scrollWidth} > ${width}`] : [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a, input, select, textarea, summary, h1, h2, td, th')) {
      const r = el.getBoundingClientRect();
      if (el.checkVisibility() && r.width > 0 && r.right > width + 1) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" right=${Math.round(r.right)} > ${width}`);
    }
    return out;
  });
}

describe('accessibility (axe-core, Chromium)', () => {
  let server: Awaited<ReturnType<typeof startFaultServer>>;
  let handle: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    server = await startFaultServer();
    handle = await launchChromium(EXT_DIR.chromium, { args: noInternetChromiumArgs() });
    await setWatchlist(handle, watchlistOf([
      { url: server.url('/ok/a11y'), name: 'Healthy', group: 'One' },
      { url: server.url('/status/503'), name: 'Failing', group: 'Two' },
      { url: server.url('/challenge/cloudflare'), name: 'Shielded', group: 'Two' },
    ], [server.url('/ok/canary')], { attempts: 0, delaySeconds: 1 }));
  });
  afterAll(async () => {
    await handle?.close();
    await server?.close();
  });

  it('the popup, its outage notices and a site detail have no violations', async () => {
    const page = await handle.openPage('popup/index.html');
    await waitForRows(page, (r) => r.length === 3 && r.every((x) => x.status !== 'unknown'), 'the rows');
    await waitFor(async () => (await page.evaluate(() => document.querySelectorAll('.beads').length)) === 3, { message: 'the beads' });
    expect(await audit(page)).toEqual([]);
    await clickButton(page, 'Failing');
    await waitFor(async () => (await page.evaluate(() => document.querySelectorAll('tr[data-window]').length + document.querySelectorAll('svg.latency-chart .x-tick').length)) >= 8, { message: 'the detail, its strip and its chart' });
    expect(await audit(page)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('in %s, at normal size and zoomed to 200 percent: the popup, a site detail (popup and tab) and the options page have no violations and need no sideways scrolling', async (scheme) => {
    const failing = server.url('/status/503');
    const popup = await handle.openPage('popup/index.html');
    await popup.emulateMedia({ colorScheme: scheme });
    // The popup as the browser sizes it: 400 px of CSS at 100%; zoomed, it grows to the browser's 800 px cap.
    await popup.setViewportSize({ width: 400, height: 600 });
    await waitForRows(popup, (r) => r.length === 3 && r.every((x) => x.status !== 'unknown'), 'the rows');
    // The rows' history is drawn (beads: the row's strip went with issue 12).
    await waitFor(async () => (await popup.evaluate(() => document.querySelector('main')?.dataset.history)) === 'drawn', { message: 'the history' });
    expect(await audit(popup)).toEqual([]);
    await popup.setViewportSize({ width: 800, height: 600 });
    await zoom(popup, 2);
    expect(await audit(popup)).toEqual([]);
    expect(await sideways(popup)).toEqual([]);
    await clickButton(popup, 'Failing');
    await waitFor(async () => (await popup.evaluate(() => document.querySelectorAll('tr[data-window]').length)) === 5, { message: 'the detail' });
    await popup.click('.detail > details.technical summary');
    expect(await audit(popup)).toEqual([]);
    expect(await sideways(popup)).toEqual([]);

    // The detail as a notification opens it: in a tab.
    const tab = await handle.openPage(`popup/index.html?view=tab#site=${encodeURIComponent(failing)}`);
    await tab.emulateMedia({ colorScheme: scheme });
    await waitFor(async () => (await tab.evaluate(() => document.querySelectorAll('tr[data-window]').length)) === 5, { message: 'the detail in a tab' });
    expect(await audit(tab)).toEqual([]);
    await zoom(tab, 2);
    expect(await audit(tab)).toEqual([]);
    expect(await sideways(tab)).toEqual([]);

    const options = await handle.openPage('options/index.html');
    await options.emulateMedia({ colorScheme: scheme });
    await waitFor(async () => (await options.evaluate(() => document.querySelectorAll('tr[data-site-url]').length)) === 3, { message: 'the table' });
    expect(await audit(options)).toEqual([]);
    await zoom(options, 2);
    expect(await audit(options)).toEqual([]);
    expect(await sideways(options)).toEqual([]);
    for (const page of [popup, tab, options]) await page.close();
  });

  it('works from the keyboard alone: Tab to "Check now" and to a site, Enter checks, opens the detail and comes back', async () => {
    const page = await handle.openPage('popup/index.html');
    await waitForRows(page, (r) => r.length === 3 && r.every((x) => x.status !== 'unknown'), 'the rows');
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Check now');
    const before = server.hits('/ok/a11y');
    await page.keyboard.press('Enter');
    await waitFor(() => server.hits('/ok/a11y') === before + 1, { message: 'a round started from the keyboard' });
    for (let i = 0; i < 12 && (await focused()) !== 'Failing'; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Failing');
    await page.keyboard.press('Enter');
    await waitFor(async () => (await focused()) === '← All sites', { message: 'focus in the detail' });
    expect(await page.evaluate(() => document.querySelector('#detail-name')?.textContent)).toContain('Failing');
    await page.keyboard.press('Enter');
    await waitForRows(page, (r) => r.length === 3, 'the list again');
  });

  it('the options page has no violations, with a site editor open', async () => {
    const page = await handle.openPage('options/index.html');
    await waitFor(async () => (await page.evaluate(() => document.querySelectorAll('tr[data-site-url]').length)) === 3, { message: 'the table' });
    await clickButton(page, 'Edit Healthy');
    expect(await audit(page)).toEqual([]);
  });

  it('the options page works from the keyboard alone, with the focus always visible', async () => {
    const page = await handle.openPage('options/index.html');
    await waitFor(async () => (await page.evaluate(() => document.querySelectorAll('tr[data-site-url]').length)) === 3, { message: 'the table' });
    const focus = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : undefined;
        return { id: el?.id ?? '', label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '', outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '' };
      });
    // Tab order follows the page: the first stop is the watchlist's search field, then the first
    // site's Edit button, each with a focus ring.
    await page.keyboard.press('Tab');
    expect(await focus()).toMatchObject({ id: 'watchlist-search', outline: 'solid 2px' });
    await page.keyboard.press('Tab');
    expect(await focus()).toMatchObject({ label: 'Edit Healthy', outline: 'solid 2px' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('#edit-name');
    // Into the editor: its first field comes after Remove, and Enter in a field saves.
    for (let i = 0; i < 6 && (await focus()).id !== 'edit-name'; i += 1) await page.keyboard.press('Tab');
    expect((await focus()).id).toBe('edit-name');
    await page.keyboard.press('End');
    await page.keyboard.type(' (keyboard)');
    await page.keyboard.press('Enter');
    await waitFor(async () => (await page.evaluate(() => document.querySelector('tr[data-site-url] td')?.textContent)) === 'Healthy (keyboard)', { message: 'the edit saved from the keyboard' });
    // On to the add form: type an address and press Enter.
    for (let i = 0; i < 20 && (await focus()).id !== 'add-url'; i += 1) await page.keyboard.press('Tab');
    expect(await focus()).toMatchObject({ id: 'add-url', outline: 'solid 2px' });
    await page.keyboard.type('ftp://example.org');
    await page.keyboard.press('Enter');
    await waitFor(async () => (await page.evaluate(() => document.querySelector('#add-message')?.textContent ?? '')).includes('only http:// and https://'), { message: 'the form answered from the keyboard' });
  });

  // Last: it replaces the watchlist the tests above share.
  it('the popup with problems first: the attention list, folded and opened groups, the quiet line', async () => {
    const sites = Array.from({ length: 12 }, (_, i) => ({ url: server.url(i === 0 ? '/status/500' : `/ok/a11y-fold-${i}`), name: `Fold ${i}`, group: i < 6 ? 'First' : 'Second' }));
    await setWatchlist(handle, watchlistOf(sites, [server.url('/ok/canary')], { attempts: 0, delaySeconds: 1 }));
    await handle.evalInExtension(async () => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      await api.runtime.sendMessage({ type: 'setNotificationPrefs', prefs: { enabled: true, recoveries: true, quietUntil: Date.now() + 3600_000 } });
    }, undefined);
    const page = await handle.openPage('popup/index.html');
    await waitForRows(page, (r) => r.length === 12 && r.every((x) => x.status !== 'unknown'), 'the rows');
    await waitFor(async () => (await page.evaluate(() => document.querySelectorAll('.attention [data-site-url], .quiet, h2 button.fold').length)) === 4, { message: 'the site needing attention, the quiet line and two folded groups' });
    expect(await audit(page)).toEqual([]);
    await clickButton(page, 'Second: 6 up');
    expect(await audit(page)).toEqual([]);
    await handle.evalInExtension(async () => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      await api.runtime.sendMessage({ type: 'setNotificationPrefs', prefs: { enabled: true, recoveries: true } });
    }, undefined);
  });
});
