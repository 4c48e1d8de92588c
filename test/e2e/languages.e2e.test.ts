/**
 * Vigil in a French and a German Chromium (--lang sets the interface language, and so the catalog
 * browser.i18n reads): the popup, the badge, the outage notice and the options page speak the
 * browser's language, with the catalog's own words, and not English.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browsers.mjs';
import { catalogLookup, makeTranslator, type Catalog } from '../../src/i18n/translator';
import { startFaultServer } from '../fixtures/fault-server.mjs';
import { noInternetChromiumArgs } from './support/no-internet';
import { badgeTitle, byUrl, clickButton, EXT_DIR, noticeTexts, setWatchlist, text, typeInto, waitFor, waitForRows, watchlistOf } from './support/vigil';

const catalog = (lang: string) => JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalog;
const english = makeTranslator(catalogLookup(catalog('en')), 'en');

describe.each([
  { lang: 'fr', checkNow: 'Vérifier maintenant' },
  { lang: 'de', checkNow: 'Jetzt prüfen' },
])('Vigil in a $lang browser', ({ lang, checkNow }) => {
  const tr = makeTranslator(catalogLookup(catalog(lang)), lang);
  let server: Awaited<ReturnType<typeof startFaultServer>>;
  let handle: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    server = await startFaultServer();
    handle = await launchChromium(EXT_DIR.chromium, { args: [`--lang=${lang}`, ...noInternetChromiumArgs()] });
  });
  afterAll(async () => {
    await handle?.close();
    await server?.close();
  });

  it('the popup, the badge and the outage notice are in the browser’s language', async () => {
    const healthy = server.url('/ok/lang');
    const failing = server.url('/status/503');
    await setWatchlist(handle, watchlistOf([{ url: healthy, name: 'Healthy' }, { url: failing, name: 'Failing' }], [server.url('/ok/canary')], { attempts: 0, delaySeconds: 1 }));
    const page = await handle.openPage('popup/index.html');
    const list = await waitForRows(page, (r) => r.length === 2 && r.every((x) => x.status !== 'unknown'), 'both rows');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await text(page, 'button.primary')).toBe(checkNow);
    const summary = await text(page, '[role="status"]');
    expect(summary).toBe(tr.n('glance_down_not_you', 1));
    expect(summary).not.toBe(english.n('glance_down_not_you', 1));
    expect(byUrl(list, failing)?.text).toContain(tr.t('state_down', tr.t('plain_http_503', '503')));
    await waitFor(async () => (await badgeTitle(handle)) === tr.t('badge_down', 1, 2, 'Failing'), { message: 'the badge tooltip in the browser’s language' });
    const notice = (await noticeTexts(handle)).find((n) => n.siteUrl === failing);
    expect(notice?.title).toBe(tr.t('notice_down_title', 'Failing'));
    // Opening the site's detail: headings and the uptime table in the same language.
    await clickButton(page, 'Failing');
    await waitFor(async () => (await page.evaluate(() => document.querySelectorAll('tr[data-window]').length)) === 5, { message: 'the detail' });
    expect(await text(page, 'tr[data-window="24h"] th')).toBe(tr.t('window_24h'));
  });

  it('the options page, and its messages about a bad address, are in the browser’s language', async () => {
    const page = await handle.openPage('options/index.html');
    await page.waitForSelector('table.watchlist');
    expect(await page.title()).toBe(tr.t('options_title'));
    expect(await text(page, 'h1')).toBe(tr.t('options_title'));
    await typeInto(page, '#add-url', 'ftp://example.org');
    await clickButton(page, tr.t('add_submit'));
    await waitFor(async () => (await text(page, '#add-message')) === tr.t('url_not_web', 'ftp://example.org'), { message: 'the message in the browser’s language' });
  });
});
