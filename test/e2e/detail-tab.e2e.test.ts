/**
 * A notification's click opens the site's detail in a page laid out for a tab: centred and wider
 * than the popup's 400 px column. The click is the browser's own event, dispatched in the real
 * service worker (Chromium's extension events can be dispatched there); the listener, the tab it
 * opens and the page are Vigil's, untouched.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchAndOpen } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { notificationIds, waitFor } from './support/vigil';

forBrowsers(['chromium'], () => {
  const v = useVigil('chromium');

  it('clicking an outage notification opens that site’s detail, centred and wide, in a new tab', async () => {
    const site = { url: v.url('/status/503'), name: 'Failing' };
    await watchAndOpen(v, [site], { retry: { attempts: 0, delaySeconds: 1 } });
    const id = await waitFor(async () => (await notificationIds(v.handle)).find((n) => n.startsWith('down:')), { message: 'the outage notification' });
    const handle = v.handle;
    if (handle.kind !== 'chromium') throw new Error('Chromium only');

    const opened = handle.context.waitForEvent('page', { predicate: (p) => p.url().includes('view=tab'), timeout: 15_000 });
    const worker = await handle.worker();
    await worker.evaluate((n: string) => (globalThis as unknown as { chrome: { notifications: { onClicked: { dispatch(id: string): void } } } }).chrome.notifications.onClicked.dispatch(n), id);
    const tab: Page = await opened;
    try {
      expect(tab.url()).toBe(`${handle.baseUrl}popup/index.html?view=tab#site=${encodeURIComponent(site.url)}`);
      await tab.waitForSelector('#detail-name');
      expect(await tab.textContent('#detail-name')).toContain('Failing');
      expect(await tab.textContent('.detail .reason')).toBe('Down — the server says it is unavailable (HTTP 503)');
      const box = await tab.evaluate(() => {
        const r = document.querySelector('article.detail')!.getBoundingClientRect();
        return { left: r.left, right: r.right, width: r.width, viewport: document.documentElement.clientWidth, scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth };
      });
      expect(box.viewport).toBeGreaterThan(760);
      expect(box.width).toBeGreaterThan(400);
      // Centred: as much room on the left as on the right.
      expect(Math.abs(box.left - (box.viewport - box.right))).toBeLessThanOrEqual(2);
      expect(box.scrolls).toBe(false);
      // The notification has done its job.
      await waitFor(async () => !(await notificationIds(v.handle)).includes(id), { message: 'the notification cleared' });
    } finally {
      await tab.close();
    }
  });

  it('the popup itself keeps its 400 px column', async () => {
    const page = await v.popup();
    expect(await (page as Page).evaluate(() => [document.documentElement.classList.contains('tab-view'), document.body.getBoundingClientRect().width])).toEqual([false, 400]);
  });
});
