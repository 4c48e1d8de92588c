/**
 * No permission, no probe (issue 11): a site whose host permission was revoked is never fetched and
 * never an outage; its row says Vigil needs permission, with a button that asks for it.
 */
import { expect, it } from 'vitest';
import { watchAndOpen } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { badgeText, byUrl, clickButton, evaluate, text, waitFor, waitForRows } from './support/vigil';

type Chrome = { chrome: { permissions: { remove(p: { origins: string[] }): Promise<boolean>; request(p: unknown): Promise<boolean> } } };

forBrowsers(['chromium'], (kind) => {
  const v = useVigil(kind);

  it('a revoked permission gives unknown with a button that asks, and no request reaches the site', async () => {
    // localhost is the e2e build's own host permission; the user takes it back in the browser.
    const gated = { url: `${v.server.localhostOrigin}/ok/permission-gated`, name: 'Gated' };
    const open = { url: v.url('/ok/permission-open'), name: 'Open' };
    const { page } = await watchAndOpen(v, [gated, open]);
    expect(v.server.hits('/ok/permission-gated')).toBe(1);
    const removed = await v.handle.evalInExtension(() => (globalThis as unknown as Chrome).chrome.permissions.remove({ origins: ['http://localhost/*'] }), undefined);
    expect(removed).toBe(true);

    await clickButton(page, 'Check now');
    const list = await waitForRows(page, (r) => byUrl(r, gated.url)?.status === 'unknown', 'the gated site unknown');
    expect(byUrl(list, gated.url)?.reason).toBe('Vigil needs permission to check this site');
    expect(byUrl(list, open.url)?.status).toBe('up');
    expect(v.server.hits('/ok/permission-gated')).toBe(1); // never fetched again
    expect(await badgeText(v.handle)).toBe(''); // not an outage

    // The button asks the browser for exactly that site's permission (the prompt itself cannot be
    // answered by a script: the page's request is recorded and declined here).
    await evaluate(page, () => {
      const calls: unknown[] = [];
      (window as unknown as { permissionCalls: unknown[] }).permissionCalls = calls;
      (globalThis as unknown as Chrome).chrome.permissions.request = (request: unknown) => (calls.push(request), Promise.resolve(false));
    });
    await clickButton(page, 'Allow checking Gated');
    await waitFor(async () => (await text(page, '.permission')).includes('Permission not given'), { message: 'the declined permission said' });
    expect(await evaluate(page, () => (window as unknown as { permissionCalls: unknown[] }).permissionCalls)).toEqual([{ origins: ['http://localhost/*'] }]);

  });
});
