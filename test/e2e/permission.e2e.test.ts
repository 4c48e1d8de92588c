/**
 * No permission, no probe (issue 11): a site Vigil has no host permission for (never granted, or
 * taken back) is never fetched and never an outage; its row says Vigil needs permission, with a
 * button that asks for it. Chromium refuses to revoke a manifest's own host permissions from script
 * ("You cannot remove required permissions"), so the site here is one that was never granted: a
 * watchlist file that names it, imported without the permission prompt being answered.
 */
import { expect, it } from 'vitest';
import { readDb } from '../../scripts/lib/extension-db.mjs';
import { forBrowsers, useVigil } from './support/session';
import { badgeText, byUrl, clickButton, evaluate, setWatchlist, text, waitFor, waitForRows, watchlistOf } from './support/vigil';

type Chrome = { chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean>; request(p: unknown): Promise<boolean> } } };

forBrowsers(['chromium'], (kind) => {
  const v = useVigil(kind);

  it('a revoked permission gives unknown with a button that asks, and no request reaches the site', async () => {
    // Outside every host permission of the build; were it fetched, it would fail ("name not
    // resolved": this browser has no DNS) and count as an outage.
    const gated = { url: 'http://gated.vigil-permission.test/', name: 'Gated' };
    const open = { url: v.url('/ok/permission-open'), name: 'Open' };
    const granted = await v.handle.evalInExtension((origin: string) => (globalThis as unknown as Chrome).chrome.permissions.contains({ origins: [origin] }), 'http://gated.vigil-permission.test/*');
    expect(granted).toBe(false);
    await setWatchlist(v.handle, watchlistOf([gated, open], v.canaries()));
    const page = await v.popup();
    const list = await waitForRows(page, (r) => byUrl(r, gated.url)?.status === 'unknown' && byUrl(r, open.url)?.status === 'up', 'the gated site unknown');
    expect(byUrl(list, gated.url)?.reason).toBe('Vigil needs permission to check this site');
    expect(await badgeText(v.handle)).toBe(''); // not an outage
    const checks = (await readDb(v.handle, { store: 'checks', urls: [gated.url] })) as unknown[];
    expect(checks).toEqual([]); // never fetched: no check was made

    // The button asks the browser for exactly that site's permission (the prompt itself cannot be
    // answered by a script: the page's request is recorded and declined here).
    await evaluate(page, () => {
      const calls: unknown[] = [];
      (window as unknown as { permissionCalls: unknown[] }).permissionCalls = calls;
      (globalThis as unknown as Chrome).chrome.permissions.request = (request: unknown) => (calls.push(request), Promise.resolve(false));
    });
    await clickButton(page, 'Allow checking Gated');
    await waitFor(async () => (await text(page, '.permission')).includes('Permission not given'), { message: 'the declined permission said' });
    expect(await evaluate(page, () => (window as unknown as { permissionCalls: unknown[] }).permissionCalls)).toEqual([{ origins: ['http://gated.vigil-permission.test/*'] }]);

  });
});
