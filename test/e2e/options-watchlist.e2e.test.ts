/**
 * The options page's watchlist: add a site by hand (and be refused an address that is not a web
 * address), remove it, edit a site and the check settings, add and remove the EU preset, and reset
 * only after being asked.
 */
import { expect, it } from 'vitest';
import { waitForTableRows } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { byUrl, clickButton, setWatchlist, storedWatchlist, text, typeInto, waitFor, waitForRows, watchlistOf } from './support/vigil';

forBrowsers(['chromium', 'firefox'], (kind) => {
  const v = useVigil(kind);

  it('the options page adds a site, refuses an invalid address, removes a site', async () => {
    await setWatchlist(v.handle, watchlistOf([{ url: v.url('/ok/kept'), name: 'Kept' }], v.canaries()));
    const page = await v.options();
    await waitForTableRows(page, 1);

    await typeInto(page, '#add-url', 'ftp://example.org');
    await clickButton(page, 'Add site');
    await waitFor(async () => (await text(page, '#add-message')).includes('only http:// and https://'), { message: 'the invalid-address message' });
    expect((await storedWatchlist(v.handle)).sites.map((s) => s.name)).toEqual(['Kept']);

    await typeInto(page, '#add-url', v.url('/ok/added'));
    await typeInto(page, '#add-name', 'Added by hand');
    await clickButton(page, 'Add site');
    await waitFor(async () => (await text(page, '#add-message')).includes('Added Added by hand'), { message: 'the added message' });
    await waitForTableRows(page, 2, 'the new row');
    const pop = await v.popup();
    await waitForRows(pop, (r) => byUrl(r, v.url('/ok/added'))?.status === 'up', 'the added site in the popup');

    await clickButton(page, 'Remove Added by hand');
    await waitForTableRows(page, 1, 'the row to go');
    expect((await storedWatchlist(v.handle)).sites.map((s) => s.name)).toEqual(['Kept']);
    await waitForRows(pop, (r) => r.length === 1, 'the popup to drop the removed site');
  });

  it('the options page edits a site, saves check settings, removes and adds the EU preset, and resets only after asking', async () => {
    const mine = { url: v.url('/ok/editable'), name: 'Editable' };
    await setWatchlist(v.handle, watchlistOf([mine], v.canaries()));
    const page = await v.options();
    await waitForTableRows(page, 1);

    await clickButton(page, 'Edit Editable');
    await typeInto(page, '#edit-slow', '5');
    await clickButton(page, 'Save');
    await waitFor(async () => (await text(page, '.site-editor [role="alert"]')) === 'Slow after must be 100 to 60,000 milliseconds', { message: 'the invalid threshold message' });
    await typeInto(page, '#edit-slow', '1500');
    await typeInto(page, '#edit-group', 'Mine');
    await page.click('.site-editor input[type=checkbox]');
    await clickButton(page, 'Save');
    await waitFor(async () => (await storedWatchlist(v.handle)).sites[0]?.paused === true, { message: 'the edited site' });
    expect((await storedWatchlist(v.handle)).sites[0]).toEqual({ url: mine.url, name: 'Editable', group: 'Mine', slowMs: 1500, paused: true });
    const pop = await v.popup();
    await waitForRows(pop, (r) => r[0]?.reason === 'Paused' && r[0]?.status === 'unknown', 'the paused site in the popup');

    await typeInto(page, '#timeout', '7');
    await clickButton(page, 'Save check settings');
    await waitFor(async () => (await storedWatchlist(v.handle)).settings.timeoutSeconds === 7, { message: 'the saved timeout' });

    await clickButton(page, 'Add all EU institutions');
    await waitFor(async () => (await storedWatchlist(v.handle)).sites.length === 12, { message: 'the preset added' });
    await clickButton(page, 'Remove the EU institutions');
    await clickButton(page, 'Remove them');
    await waitFor(async () => (await storedWatchlist(v.handle)).sites.length === 1, { message: 'the preset removed' });

    await clickButton(page, 'Reset Vigil…');
    expect(await text(page, '#reset-question')).toContain('Your history is kept');
    await clickButton(page, 'Keep my settings');
    expect((await storedWatchlist(v.handle)).sites).toHaveLength(1);
    await clickButton(page, 'Reset Vigil…');
    await clickButton(page, 'Reset now');
    await waitFor(async () => (await storedWatchlist(v.handle)).sites.length === 11, { message: 'the defaults back' });
    expect((await storedWatchlist(v.handle)).settings.timeoutSeconds).toBe(20);
  });
});
