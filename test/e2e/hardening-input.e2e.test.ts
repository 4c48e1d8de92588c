/**
 * Issue 11, the input side, in real Chromium: hostile watchlist files and form entries are refused
 * at the door in the field's words, names are cleaned before anyone sees them, IPv6 literals work,
 * and saving a check setting says "Saved." without losing the focus.
 *
 * Chromium runs behind a recording proxy on 127.0.0.1: loopback stays direct (Chromium's implicit
 * bypass), so the fixture server is reached as usual, while any request for another address (a
 * private canary, should one ever slip through) lands in the proxy's log instead of the network.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browsers.mjs';
import { startFaultServer } from '../fixtures/fault-server.mjs';
import {
  byUrl, clickButton, evaluate, EXT_DIR, noticeTexts, setWatchlist, storedWatchlist, text, typeInto, waitFor, waitForRows, watchlistOf,
  type AnyPage,
} from './support/vigil';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Chromium['openPage']>>;

describe('input at the door (Chromium)', () => {
  let server: Awaited<ReturnType<typeof startFaultServer>>;
  let handle: Chromium;
  let proxy: http.Server;
  /** Every request that left for somewhere other than this computer. */
  const proxied: string[] = [];
  const files = mkdtempSync(join(tmpdir(), 'vigil-hostile-'));
  const pages: Page[] = [];

  beforeAll(async () => {
    server = await startFaultServer();
    proxy = http.createServer((req, res) => {
      proxied.push(`${req.method} ${req.url}`);
      res.writeHead(502).end();
    });
    proxy.on('connect', (req, socket) => {
      proxied.push(`CONNECT ${req.url}`);
      socket.destroy();
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyPort = (proxy.address() as AddressInfo).port;
    handle = await launchChromium(EXT_DIR.chromium, { args: [`--proxy-server=http://127.0.0.1:${proxyPort}`] });
  });
  afterAll(async () => {
    await handle?.close();
    await server?.close();
    await new Promise((resolve) => proxy?.close(resolve));
    rmSync(files, { recursive: true, force: true });
  });

  const url = (path: string) => server.url(path);
  const canaries = () => [url('/ok/canary')];
  const open = async (path: string) => {
    const page = await handle.openPage(path);
    pages.push(page);
    return page;
  };
  const tableRows = (page: AnyPage) => evaluate(page, () => document.querySelectorAll('tr[data-site-url]').length);
  const focused = (page: AnyPage) => evaluate(page, () => document.activeElement?.id || document.activeElement?.textContent || document.activeElement?.tagName);
  const toPrivate = () => proxied.filter((r) => /192\.168\.|10\.0\.0\.1/.test(r));

  it('an imported watchlist with private canaries is refused with that reason, and nothing changes or is fetched', async () => {
    const before = watchlistOf([{ url: url('/ok/before'), name: 'Before' }], canaries());
    await setWatchlist(handle, before);
    const page = await open('options/index.html');
    await waitFor(async () => (await tableRows(page)) === 1, { message: 'the watchlist table' });

    const hostile = join(files, 'router.json');
    writeFileSync(hostile, JSON.stringify(watchlistOf([{ url: url('/ok/never-probed'), name: 'Never probed' }], ['http://192.168.0.1/reboot', 'http://10.0.0.1/'])));
    await handle.uploadFile(page, '#import-file', hostile);
    await waitFor(async () => (await text(page, '#file-heading ~ div [role="alert"]')).includes('settings.canaries[0]'), { message: 'the refusal' });
    const refusal = await text(page, '#file-heading ~ div [role="alert"]');
    expect(refusal).toContain('Nothing was changed');
    expect(refusal).toContain('settings.canaries[0]: "http://192.168.0.1/reboot" leads to a private network: a canary must be a public https address');
    expect(refusal).toContain('settings.canaries[1]: "http://10.0.0.1/" leads to a private network: a canary must be a public https address');
    // No preview, so no Replace or Add to press.
    expect(await evaluate(page, () => document.querySelector('.preview'))).toBeNull();

    // The worker refuses the same file on its own, whoever sends it.
    const answer = await handle.evalInExtension(
      (file: string) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'importWatchlist', text: file, mode: 'replace' }),
      JSON.stringify(watchlistOf([{ url: url('/ok/never-probed'), name: 'Never probed' }], ['https://192.168.0.1/reboot'])),
    );
    expect(answer).toEqual({ ok: false, error: 'settings.canaries[0]: "https://192.168.0.1/reboot" leads to a private network: a canary must be a public https address' });

    // The check-settings form says the same in its own words.
    await typeInto(page, '#canaries', 'http://192.168.0.1/reboot');
    await clickButton(page, 'Save check settings');
    await waitFor(async () => (await text(page, '.check-settings [role="alert"]')).length > 0, { message: 'the form refusal' });
    expect(await text(page, '.check-settings [role="alert"]')).toBe('Connection checks: “http://192.168.0.1/reboot” leads to a private network: a connection check must be a public https address');

    // Nothing stored, no round started for the refused site, nothing sent to the private addresses.
    // A round would have probed the refused file's site within this wait.
    await clickButton(page, 'Save check settings'); // a second try changes nothing either
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await storedWatchlist(handle)).toEqual(before);
    expect(server.hits('/ok/never-probed')).toBe(0);
    expect(toPrivate()).toEqual([]);
    // The guard itself works: a request for an address off this computer reaches the proxy, not the
    // network (192.0.2.1 is a documentation address, routed nowhere).
    await handle.evalInExtension(() => fetch('http://192.0.2.1/proxy-proof', { mode: 'no-cors' }).then(() => undefined, () => undefined));
    expect(proxied).toContain('GET http://192.0.2.1/proxy-proof');
  });

  it('a name with a bidi override is cleaned in the popup row, the options table and the notification', async () => {
    const spoof = 'Parliament \u202Egnp.exe\u202C';
    const sites = [{ url: url('/status/503'), name: spoof }, { url: url('/ok/plain'), name: '\u2066Plain\u2069\u200B site\u0007' }];
    await setWatchlist(handle, watchlistOf(sites, canaries(), { attempts: 0, delaySeconds: 1 }));
    expect((await storedWatchlist(handle)).sites.map((s) => s.name)).toEqual(['Parliament gnp.exe', 'Plain site']);

    const pop = await open('popup/index.html');
    const list = await waitForRows(pop, (r) => r.length === 2 && r.every((x) => x.status !== 'unknown'), 'both rows with a verdict');
    expect(byUrl(list, sites[0]!.url)?.text).toContain('Parliament gnp.exe');
    expect(byUrl(list, sites[1]!.url)?.text).toContain('Plain site');
    expect(list.map((r) => r.text).join('')).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u0007]/);

    const opts = await open('options/index.html');
    await waitFor(async () => (await tableRows(opts)) === 2, { message: 'the watchlist table' });
    const cells = await evaluate(opts, () => [...document.querySelectorAll('tr[data-site-url] td:first-child')].map((td) => td.textContent));
    expect(cells).toEqual(['Parliament gnp.exe', 'Plain site']);

    const notice = await waitFor(async () => (await noticeTexts(handle)).find((n) => n.siteUrl === sites[0]!.url && n.kind === 'down'), { timeout: 30_000, message: 'the outage notice' });
    expect(notice.title).toBe('Parliament gnp.exe is down');

    // A name that shows nothing is refused by the add form, naming the field.
    await typeInto(opts, '#add-url', url('/ok/invisible'));
    await typeInto(opts, '#add-name', '\u202E\u200B\u3164');
    await clickButton(opts, 'Add site');
    await waitFor(async () => (await text(opts, '#add-message')).length > 0, { message: 'the refusal' });
    expect(await text(opts, '#add-message')).toBe('Name shows nothing once invisible and control characters are removed: enter visible text');
    expect((await storedWatchlist(handle)).sites).toHaveLength(2);
  });

  it('an IPv6 loopback site added through the form is watched, and shown with its brackets', async () => {
    await setWatchlist(handle, watchlistOf([{ url: url('/ok/v4'), name: 'Over IPv4' }], canaries()));
    const page = await open('options/index.html');
    await waitFor(async () => (await tableRows(page)) === 1, { message: 'the watchlist table' });
    const v6 = `http://[::1]:${server.port}/ok/v6`;
    await typeInto(page, '#add-url', v6);
    await clickButton(page, 'Add site');
    await waitFor(async () => (await text(page, '#add-message')).includes('Added [::1]'), { message: 'the added message' });
    await waitFor(async () => (await tableRows(page)) === 2, { message: 'the new row' });
    expect(await text(page, `tr[data-site-url="${v6}"] td.url`)).toBe(v6);
    expect((await storedWatchlist(handle)).sites[1]).toEqual({ url: v6, name: '[::1]' });

    const pop = await open('popup/index.html');
    await waitForRows(pop, (r) => byUrl(r, v6)?.status === 'up', 'the IPv6 site to be up');
    expect(server.hits('/ok/v6')).toBeGreaterThan(0);
  });

  it('the check-settings form wants whole numbers and names its own fields; the site editor too', async () => {
    const before = watchlistOf([{ url: url('/ok/numbers'), name: 'Numbers' }], canaries());
    await setWatchlist(handle, before);
    const page = await open('options/index.html');
    await waitFor(async () => (await tableRows(page)) === 1, { message: 'the watchlist table' });
    const alert = () => text(page, '.check-settings [role="alert"]');
    const refused = async (field: string, value: string, expected: string) => {
      await typeInto(page, `#${field}`, value);
      await clickButton(page, 'Save check settings');
      await waitFor(async () => (await alert()) === expected, { message: `"${expected}"` });
      // The focus goes to the field to fix, which says it is invalid.
      expect(await focused(page)).toBe(field);
      expect(await evaluate(page, (f: string) => document.getElementById(f)?.getAttribute('aria-invalid'), field)).toBe('true');
    };
    await refused('timeout', '2.5', 'Give up after must be a whole number, not 2.5');
    await refused('timeout', '', 'Give up after is required: enter a number');
    await refused('timeout', '60', 'Give up after must be 2 to 25 seconds');
    await typeInto(page, '#timeout', '5');
    await refused('attempts', '1.5', 'Re-checks before an outage counts must be a whole number, not 1.5');
    await refused('attempts', '', 'Re-checks before an outage counts is required: enter a number');
    await typeInto(page, '#attempts', '1');
    await refused('delay', '0', 'Wait before each re-check must be 1 to 120 seconds');
    expect(await storedWatchlist(handle)).toEqual(before);

    await clickButton(page, 'Edit Numbers');
    await typeInto(page, '#edit-slow', '150.5');
    await clickButton(page, 'Save');
    await waitFor(async () => (await text(page, '.site-editor [role="alert"]')) === 'Slow after must be a whole number, not 150.5', { message: 'the editor\'s whole-number message' });
    await typeInto(page, '#edit-slow', '5');
    await clickButton(page, 'Save');
    await waitFor(async () => (await text(page, '.site-editor [role="alert"]')) === 'Slow after must be 100 to 60,000 milliseconds', { message: 'the editor\'s range message' });
    expect(await storedWatchlist(handle)).toEqual(before);
  });

  it('saving a changed check setting says "Saved." and keeps the focus where it was', async () => {
    await setWatchlist(handle, watchlistOf([{ url: url('/ok/saved'), name: 'Saved' }], canaries()));
    const page = await open('options/index.html');
    await waitFor(async () => (await tableRows(page)) === 1, { message: 'the watchlist table' });
    const status = () => text(page, '.check-settings [role="status"]');

    await typeInto(page, '#timeout', '7');
    await clickButton(page, 'Save check settings');
    await waitFor(async () => (await storedWatchlist(handle)).settings.timeoutSeconds === 7, { message: 'the saved timeout' });
    await waitFor(async () => (await status()) === 'Saved.', { message: '"Saved."' });
    // The save comes back from storage a moment later; the word and the focus outlive it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await status()).toBe('Saved.');
    expect(await focused(page)).toBe('Save check settings');

    // From the keyboard: Enter in a field saves, and the focus stays in that field.
    await page.focus('#attempts');
    await page.fill('#attempts', '2');
    expect(await status()).toBe(''); // an unsaved change is not "Saved."
    await page.keyboard.press('Enter');
    await waitFor(async () => (await storedWatchlist(handle)).settings.retry.attempts === 2, { message: 'the saved attempts' });
    await waitFor(async () => (await status()) === 'Saved.', { message: '"Saved." again' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await status()).toBe('Saved.');
    expect(await focused(page)).toBe('attempts');
    expect(await evaluate(page, () => (document.getElementById('timeout') as HTMLInputElement).value)).toBe('7');
  });

  it('a redirect to data: or javascript: reads as such, not as a loop or a failed connection', async () => {
    server.setRoute('/to-data', { status: 302, body: '', headers: { location: 'data:text/html,<h1>hi</h1>' } });
    server.setRoute('/to-script', { status: 302, body: '', headers: { location: 'javascript:alert(1)' } });
    const sites = [{ url: url('/to-data'), name: 'To data' }, { url: url('/to-script'), name: 'To script' }];
    await setWatchlist(handle, watchlistOf(sites, canaries(), { attempts: 0, delaySeconds: 1 }));
    const pop = await open('popup/index.html');
    const list = await waitForRows(pop, (r) => r.length === 2 && r.every((x) => x.status === 'down'), 'both redirects to be down');
    expect([byUrl(list, sites[0]!.url)?.cause, byUrl(list, sites[0]!.url)?.reason]).toEqual(['redirect', 'Down — the site redirects to an address that is not a web page (such as data: or javascript:)']);
    expect([byUrl(list, sites[1]!.url)?.cause, byUrl(list, sites[1]!.url)?.reason]).toEqual(['redirect', 'Down — the site redirects to javascript:, which is not a web address']);
  });
});
