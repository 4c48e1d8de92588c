/**
 * Options for a long watchlist, in a real Chromium: each site's stored status in the table (icon and
 * word, the reason on hover), a search field that filters by name, address or group, long unbroken
 * names and addresses kept inside the page with the full text in a tooltip, form errors that name
 * the field as the form does, nothing that points to the README or speaks of "canaries", and Undo
 * after an import's Replace.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { waitForTableRows } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { clickButton, evaluate, setWatchlist, storedWatchlist, text, typeInto, waitFor, watchlistOf, type AnyPage } from './support/vigil';

type Cell = { url: string; status: string; word: string; icon: boolean; title: string };
const statusCells = (page: AnyPage) =>
  evaluate(page, () =>
    [...document.querySelectorAll<HTMLElement>('tr[data-site-url]')].map((tr) => {
      const cell = tr.querySelector<HTMLElement>('td.status');
      return { url: tr.dataset.siteUrl!, status: cell?.dataset.status ?? '', word: cell?.textContent?.trim() ?? '', icon: Boolean(cell?.querySelector('svg.status-icon')), title: cell?.title ?? '' };
    }),
  ) as Promise<Cell[]>;
const shownUrls = async (page: AnyPage) => (await statusCells(page)).map((c) => c.url);

forBrowsers(['chromium'], (kind) => {
  const v = useVigil(kind);

  it('the table shows each site’s stored status, and the search filters by name, address or group', async () => {
    const up = { url: v.url('/ok/alpha'), name: 'Alpha healthy' };
    const down = { url: v.url('/status/503'), name: 'Beta failing', group: 'Ministries' };
    const paused = { url: v.url('/ok/gamma'), name: 'Gamma resting', paused: true };
    const shielded = { url: v.url('/challenge/cloudflare'), name: 'Délégation protégée' };
    await setWatchlist(v.handle, watchlistOf([up, down, paused, shielded], v.canaries(), { attempts: 0, delaySeconds: 1 }));
    const page = await v.options();
    await waitForTableRows(page, 4);
    await waitFor(async () => (await statusCells(page)).every((c) => c.url === paused.url || c.status !== 'unknown'), { message: 'every checked site’s status in the table' });
    const cells = await statusCells(page);
    expect(cells.map((c) => [c.status, c.word, c.icon])).toEqual([
      ['up', 'Up', true],
      ['down', 'Down', true],
      ['unknown', 'Paused', true],
      ['shielded', 'Shielded', true],
    ]);
    // The reason, as the popup words it, on hover.
    expect(cells[1]!.title).toMatch(/^Down — /);
    expect(cells[3]!.title).toMatch(/^Shielded — /);

    await typeInto(page, '#watchlist-search', 'failing');
    await waitFor(async () => (await shownUrls(page)).join() === down.url, { message: 'only the site named so' });
    expect(await text(page, '#watchlist-search-count')).toBe('Sites shown: 1 of 4');
    await typeInto(page, '#watchlist-search', 'ministries');
    await waitFor(async () => (await shownUrls(page)).join() === down.url, { message: 'the site found by its group' });
    await typeInto(page, '#watchlist-search', '/ok/');
    await waitFor(async () => (await shownUrls(page)).join() === [up.url, paused.url].join(), { message: 'the sites found by their address' });
    await typeInto(page, '#watchlist-search', 'delegation protegee');
    await waitFor(async () => (await shownUrls(page)).join() === shielded.url, { message: 'a name found without its accents' });
    await typeInto(page, '#watchlist-search', 'Atlantis');
    await waitFor(async () => (await shownUrls(page)).length === 0, { message: 'nothing' });
    expect(await text(page, '#watchlist-search-count')).toBe('No watched site matches “Atlantis”.');
    await typeInto(page, '#watchlist-search', '');
    await waitForTableRows(page, 4, 'the whole watchlist again');
    expect(await text(page, '#watchlist-search-count')).toBe('');
  });

  it('long unbroken names and addresses stay inside the page, the full text in a tooltip', async () => {
    const longName = `Ministère${'X'.repeat(90)}`;
    const longUrl = v.url(`/ok/${'segment'.repeat(40)}`);
    await setWatchlist(v.handle, watchlistOf([{ url: longUrl, name: longName, group: 'G'.repeat(60), paused: true }, { url: v.url('/ok/short'), name: 'Short', paused: true }], v.canaries()));
    const page = await v.options();
    await waitForTableRows(page, 2);
    for (const width of [1000, 480]) {
      await (page as unknown as { setViewportSize(s: { width: number; height: number }): Promise<void> }).setViewportSize({ width, height: 800 });
      const layout = await evaluate(page, () => {
        const row = document.querySelector('tr[data-site-url]')!;
        const right = Math.max(...[...row.querySelectorAll('button')].map((b) => b.getBoundingClientRect().right));
        const name = row.querySelector<HTMLElement>('td.name')!;
        const url = row.querySelector<HTMLElement>('td.url')!;
        return { right, viewport: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth, nameTitle: name.title, urlTitle: url.title };
      });
      expect(layout.right, `the row's buttons at ${width} px`).toBeLessThanOrEqual(layout.viewport);
      expect(layout.scrollWidth, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(layout.viewport);
      expect(layout.nameTitle).toBe(longName);
      expect(layout.urlTitle).toBe(longUrl);
    }
  });

  it('form errors name the field as the form does; nothing points to the README or speaks of canaries', async () => {
    await setWatchlist(v.handle, watchlistOf([{ url: v.url('/ok/form'), name: 'Form', paused: true }], v.canaries()));
    const page = await v.options();
    await waitForTableRows(page, 1);
    const words = await evaluate(page, () => document.body.innerText);
    expect(words).not.toMatch(/README/);
    expect(words).not.toMatch(/canar/i);
    expect(words).toContain('Connection checks, one address per line');

    await typeInto(page, '#timeout', '60');
    await clickButton(page, 'Save check settings');
    await waitFor(async () => (await text(page, '.check-settings [role="alert"]')) === 'Give up after must be 2 to 25 seconds', { message: 'the timeout refused in the form’s words' });
    expect((await storedWatchlist(v.handle)).settings.timeoutSeconds).toBe(5);

    await clickButton(page, 'Edit Form');
    await typeInto(page, '#edit-hosts', 'example.org, https://example.org/');
    await clickButton(page, 'Save');
    await waitFor(async () => (await text(page, '.site-editor [role="alert"]')) === 'Allowed hosts: “https://example.org/” is not a host name like europarl.europa.eu', { message: 'the hosts refused in the editor’s words' });
    expect((await storedWatchlist(v.handle)).sites[0]!.hosts).toBeUndefined();
  });

  it('Replace from a file can be undone: the watchlist and its settings come back', async () => {
    const before = watchlistOf([{ url: v.url('/ok/mine-1'), name: 'Mine 1', group: 'Mine', paused: true }, { url: v.url('/ok/mine-2'), name: 'Mine 2', paused: true }], v.canaries());
    await setWatchlist(v.handle, before);
    const page = await v.options();
    await waitForTableRows(page, 2);
    const file = join(v.files, 'replacement.json');
    writeFileSync(file, JSON.stringify({ ...watchlistOf([{ url: v.url('/ok/theirs'), name: 'Theirs', paused: true }], v.canaries()), settings: { ...before.settings, intervalMinutes: 30 } }));
    await v.handle.uploadFile(page as never, '#import-file', file);
    await clickButton(page, 'Replace');
    await waitForTableRows(page, 1, 'the file’s one site');
    expect((await storedWatchlist(v.handle)).settings.intervalMinutes).toBe(30);
    await clickButton(page, 'Undo');
    await waitForTableRows(page, 2, 'the user’s sites back');
    expect(await storedWatchlist(v.handle)).toEqual(before);
    expect(await text(page, '#file-heading ~ div .ok')).toBe('The watchlist is back as it was before the import.');
  });
});
