/**
 * Vigil in a Polish, Lithuanian, Irish and Greek Chromium (--lang=xx: Chromium picks the extension's
 * catalog from it even where it has no interface translation of its own). Each language's plural
 * forms are other than English's (Polish one/few/many, Lithuanian one/few/many, Irish
 * one/two/few/many, Greek in another script), so the summary line is checked for 1, 2, 5 and 22
 * sites down against the form Intl.PluralRules picks in the catalog itself: the test proves the
 * right form is chosen, whatever the translators wrote. The EU bodies are named in the language
 * (from the per-language table the popup fetches), in the popup and on the options page.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browsers.mjs';
import { formatList } from '../../src/i18n/format';
import { catalogLookup, makeTranslator, type Catalog } from '../../src/i18n/translator';
import { EU_INSTITUTIONS } from '../../src/settings/eu-institutions';
import { EU_PRESET } from '../../src/settings/presets/eu';
import { startFaultServer } from '../fixtures/fault-server.mjs';
import { noInternetChromiumArgs } from './support/no-internet';
import { badgeTitle, evaluate, EXT_DIR, setWatchlist, storedWatchlist, text, waitFor, waitForRows, watchlistOf } from './support/vigil';

const catalog = (lang: string) => JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalog;
const english = catalog('en');

describe.each(['pl', 'lt', 'ga', 'el'])('Vigil in a %s browser', (lang) => {
  const own = catalog(lang);
  const lookup = catalogLookup(own);
  const tr = makeTranslator(lookup, lang);
  const number = new Intl.NumberFormat(lang);
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

  it('the popup and the options page speak the language and name the EU bodies in it', async () => {
    // The EU bodies under their stored English names, paused: nothing to check, no network needed.
    await setWatchlist(handle, watchlistOf(EU_INSTITUTIONS.map((s) => ({ ...s, paused: true })), []));
    const popup = await handle.openPage('popup/index.html');
    const list = await waitForRows(popup, (r) => r.length === EU_INSTITUTIONS.length, 'the EU rows');
    expect(await evaluate(popup, () => document.documentElement.lang)).toBe(lang);
    expect(await text(popup, 'button.primary')).toBe(own.check_now!.message);
    expect(own.check_now!.message).not.toBe(english.check_now!.message);
    for (const entry of EU_PRESET.entries) {
      const local = entry.names[lang]!;
      expect(list.find((r) => r.url === entry.url)?.text, entry.url).toContain(local);
    }
    const parliament = EU_PRESET.entries[0]!.names[lang]!;
    expect(parliament).not.toBe('European Parliament');

    const options = await handle.openPage('options/index.html');
    await options.waitForSelector('table.watchlist');
    expect(await options.title()).toBe(tr.t('options_title'));
    expect(await text(options, 'h1')).toBe(tr.t('options_title'));
    await waitFor(async () => (await text(options, 'table.watchlist')).includes(parliament), { message: `"${parliament}" in the options table` });
    expect(await evaluate(options, () => document.querySelector('label[for="preset-search"]')?.textContent)).toBe(tr.t('presets_search'));
    // The country presets under their names in this language, as the page's own Intl names them.
    const country = lang === 'el' ? 'GR' : lang === 'ga' ? 'IE' : lang.toUpperCase();
    const heading = await text(options, `li[data-preset="${country.toLowerCase()}"] h3`);
    const localCountry = await evaluate(options, (args: [string, string]) => new Intl.DisplayNames([args[0], 'en'], { type: 'region' }).of(args[1])!, [lang, country] as [string, string]);
    expect(heading).toContain(localCountry);
    // Chromium's own ICU data has no Irish (nor Maltese) region names, so an Irish Chromium names
    // countries in English: a limit of the browser, recorded here so that a change shows.
    const englishCountry = new Intl.DisplayNames(['en'], { type: 'region' }).of(country)!;
    if (lang === 'ga') expect(localCountry).toBe(englishCountry);
    else expect(heading).not.toContain(englishCountry);
    // What is stored does not change: the names stay English.
    expect((await storedWatchlist(handle)).sites.map((s) => s.name)).toEqual(EU_INSTITUTIONS.map((s) => s.name));
  });

  it.each([1, 2, 5, 22])('%i sites down: the summary line in the plural form CLDR picks, and the badge tooltip', async (n) => {
    const category = new Intl.PluralRules(lang).select(n);
    // The popup's first line answers "is it me?": these sites are down, the connection works.
    const key = `glance_down_not_you_${category}`;
    // The catalog has this very form (the locale unit test demands every category of the language).
    expect(own[key], `${lang} ${key}`).toBeDefined();
    const sites = Array.from({ length: n }, (_, i) => ({ url: server.url(`/status/503?site=${i + 1}`), name: `Site ${i + 1}` }));
    await setWatchlist(handle, watchlistOf(sites, [server.url('/ok/canary')], { attempts: 0, delaySeconds: 1 }));
    const page = await handle.openPage('popup/index.html');
    await waitForRows(page, (r) => r.length === n && r.every((x) => x.status === 'down'), `${n} rows down`, 60_000);
    const expected = lookup(key, [number.format(n)]);
    await waitFor(async () => (await text(page, '[role="status"]')) === expected, { message: `the summary line: ${expected}` });
    // The tooltip: this language's sentence around the names of the sites down, all of them, joined
    // as the browser's Intl joins them in this language, or with commas where it cannot (Irish in
    // Chromium), never with an English "and".
    const [before, after] = tr.t('badge_down', n, n, '\u0001').split('\u0001') as [string, string];
    await waitFor(async () => (await badgeTitle(handle)).startsWith(before), { message: `the badge tooltip in ${lang}: ${before}…` });
    const title = await badgeTitle(handle);
    expect(title.endsWith(after)).toBe(true);
    const names = title.slice(before.length, title.length - after.length);
    for (const site of sites) expect(names).toContain(site.name);
    if (n > 1) expect(names).not.toMatch(/\band\b/);
    expect(names).toBe(n === 1 || lang !== 'ga' ? formatList(tr, sites.map((s) => s.name)) : sites.map((s) => s.name).join(', '));
    await page.close();
  });
});
