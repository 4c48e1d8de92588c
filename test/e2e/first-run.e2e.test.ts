/**
 * A fresh install, before anyone touches the watchlist: the default EU institutions are checked at
 * once. The browser resolves no names (no-internet.ts), so the sites and the default canaries all
 * fail and the first round says exactly what a person with no network sees: every site offline,
 * nothing called down, no notification.
 */
import { expect, it } from 'vitest';
import { EU_INSTITUTIONS } from '../../src/settings/eu-institutions';
import { forBrowsers, useVigil } from './support/session';
import { badgeText, badgeTitle, clickButton, evaluate, noticeTexts, notificationIds, text, waitFor, waitForRows } from './support/vigil';

forBrowsers(['chromium', 'firefox'], (kind) => {
  const v = useVigil(kind);

  it('on first run the popup lists the EU institutions, and the badge agrees with the rows', async () => {
    const page = await v.popup();
    const list = await waitForRows(page, (r) => r.length === 11 && r.every((x) => x.status !== 'unknown'), 'the first round to finish');
    // All equally offline, so the rows keep the watchlist's order.
    expect(list.map((r) => r.url)).toEqual(EU_INSTITUTIONS.map((s) => s.url));
    expect(list.map((r) => [r.status, r.cause, r.reason])).toEqual(EU_INSTITUTIONS.map(() => ['offline', undefined, 'Offline — your connection appears to be down']));
    list.forEach((r, i) => expect(r.text).toContain(EU_INSTITUTIONS[i]!.name));
    expect(list.find((r) => r.url === EU_INSTITUTIONS[0]!.url)?.text).toContain('European Parliament');
    expect(await text(page, '[role="status"]')).toBe('Your connection appears to be down');
    // One panel instead of eleven identical rows: what is happening, what Vigil does, what to try.
    expect(await evaluate(page, () => [...document.querySelectorAll('.offline-panel p')].map((p) => p.textContent))).toEqual([
      'Vigil could reach neither the sites nor the connectivity checks it uses to test your own connection, so it cannot tell whether the sites are up.',
      'It checks again by itself every few minutes; the sites show here as soon as your connection works.',
      'If you can open web pages, your network may be blocking these connectivity checks (some company, school or hotel networks do): you can choose others in Options.',
    ]);
    const shown = () => evaluate(page, () => [...document.querySelectorAll<HTMLElement>('[data-site-url]')].filter((el) => el.offsetParent !== null).length);
    expect(await shown()).toBe(0);
    // The rows are still there, folded behind the panel.
    await clickButton(page, 'Show the 11 sites');
    await waitFor(async () => (await shown()) === 11, { message: 'the rows shown' });
    await waitFor(async () => (await badgeText(v.handle)) === 'off', { message: 'the badge to say off' });
    expect(await badgeTitle(v.handle)).toBe('Vigil — your connection appears to be down; the sites cannot be checked');
    // Offline is not an outage: nothing recorded, nothing shown.
    expect(await noticeTexts(v.handle)).toEqual([]);
    expect(await notificationIds(v.handle)).toEqual([]);
  });
});
