/**
 * Long unbroken names and addresses stay on screen: in the popup's rows (truncated, full text in the
 * title), in the detail's heading (wrapped, full text in the title) and in the options page's
 * watchlist table (wrapped; the Edit and Remove buttons never pushed off screen). Chromium.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchAndOpen, waitForTableRows } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { clickButton, waitFor } from './support/vigil';

// As long as the watchlist allows (100 and 60 characters), in one word.
const LONG_NAME = `BundesministeriumfürDigitalesundStaatsmodernisierung${'X'.repeat(48)}`;
const LONG_GROUP = `Landesverwaltungsbehörden${'Y'.repeat(35)}`;

/** Elements whose right edge passes the viewport's (a tolerance of one pixel for rounding). */
function pastTheEdge(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((s: string) => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>(s)]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)} > ${width}`);
  }, selector);
}

forBrowsers(['chromium'], () => {
  const v = useVigil('chromium');

  it('the popup rows and the detail heading keep a long name and address on screen, with the full text at hand', async () => {
    const site = { url: v.url(`/ok/${'a-very-long-path-segment-'.repeat(8)}end`), name: LONG_NAME, group: LONG_GROUP };
    const { page } = await watchAndOpen(v, [site, { url: v.url('/status/503'), name: 'Failing', group: LONG_GROUP }], { retry: { attempts: 0, delaySeconds: 1 } });
    const popup = page as Page;
    // The popup's own size: 400 px wide, as the browser shows it.
    await popup.setViewportSize({ width: 400, height: 600 });
    expect(await pastTheEdge(popup, 'main *')).toEqual([]);
    expect(await popup.getAttribute(`[data-site-url="${site.url}"] .name`, 'title')).toContain(LONG_NAME);

    await clickButton(popup, LONG_NAME);
    await popup.waitForSelector('#detail-name');
    expect(await pastTheEdge(popup, '.detail *')).toEqual([]);
    expect(await popup.getAttribute('#detail-name [title]', 'title')).toBe(LONG_NAME);
    expect(await popup.getAttribute('.detail .detail-url', 'title')).toBe(site.url);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });

  it('the options page’s watchlist table wraps a long name, address and group; its buttons stay on screen', async () => {
    const site = { url: v.url(`/ok/${'another-long-path-segment-'.repeat(8)}end`), name: LONG_NAME, group: LONG_GROUP };
    await watchAndOpen(v, [site], { retry: { attempts: 0, delaySeconds: 1 } });
    const options = (await v.options()) as Page;
    await options.setViewportSize({ width: 600, height: 800 });
    await waitForTableRows(options, 1);
    expect(await pastTheEdge(options, 'table.watchlist, table.watchlist *')).toEqual([]);
    for (const name of [`Edit ${LONG_NAME}`, `Remove ${LONG_NAME}`]) {
      const box = await options.getByRole('button', { name, exact: true }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 600, name).toBe(true);
    }
    await waitFor(async () => (await options.textContent('table.watchlist'))?.includes(LONG_NAME), { message: 'the full name in the table' });
  });
});
