/**
 * The options page's preset catalog in a real Chromium: every country listed under its name in the
 * browser's language, the search field narrowing the list, and "Add" putting a country's sites under
 * a group named after it, with ONE permission request for all its hosts made from the click.
 *
 * The permission prompt is browser UI that no page script can answer, and the e2e build may reach
 * only 127.0.0.1/localhost, so the options page's `chrome.permissions.request` is replaced by one that
 * records what it was asked (origins, and whether the page still held the click's user activation)
 * and answers as a person would: "Allow" or "Deny". Everything after the answer is the real code path.
 *
 * With --lang=fr, the EU bodies a watchlist holds under their English names read in French in the
 * popup and in the options table, while the stored names stay English.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browsers.mjs';
import { catalogLookup, makeTranslator, type Catalog } from '../../src/i18n/translator';
import { EU_INSTITUTIONS } from '../../src/settings/eu-institutions';
import { EU_PRESET } from '../../src/settings/presets/eu';
import { presetById, presetOrigins, PRESETS } from '../../src/settings/presets/index';
import { clickButton, evaluate, EXT_DIR, type AnyPage, setWatchlist, storedWatchlist, text, typeInto, waitFor, waitForRows, watchlistOf } from './support/vigil';

const catalog = (lang: string) => JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalog;
const COUNTRIES = PRESETS.filter((p) => p.country !== 'EU').length;

type Asked = { origins: string[]; active: boolean };

/** Replaces the options page's permission request by a person answering `allow`; returns nothing. */
async function answerPermissionPrompts(page: AnyPage, allow: boolean): Promise<void> {
  await evaluate(
    page,
    (answer: boolean) => {
      const w = window as unknown as { __asked?: Asked[]; chrome: { permissions: Record<string, unknown> } };
      w.__asked = [];
      const request = (details: { origins?: string[] }, callback?: (granted: boolean) => void) => {
        w.__asked!.push({ origins: details.origins ?? [], active: navigator.userActivation.isActive });
        if (callback) setTimeout(() => callback(answer));
        return Promise.resolve(answer);
      };
      Object.defineProperty(w.chrome.permissions, 'request', { value: request, configurable: true, writable: true });
    },
    allow,
  );
}

const asked = (page: AnyPage) => evaluate(page, () => (window as unknown as { __asked: Asked[] }).__asked);
const shownPresets = (page: AnyPage) => evaluate(page, () => [...document.querySelectorAll<HTMLElement>('#preset-list li[data-preset]')].map((li) => li.dataset.preset!));

describe('the preset catalog in an English Chromium', () => {
  const tr = makeTranslator(catalogLookup(catalog('en')), 'en');
  let handle: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    handle = await launchChromium(EXT_DIR.chromium, { args: ['--lang=en'] });
    // One paused site: nothing to check, so no network is needed for anything but the test itself.
    await setWatchlist(handle, watchlistOf([{ url: 'http://127.0.0.1:9/', name: 'Local', paused: true }], []));
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('lists every country under its name and flag, and the search narrows it by country or institution', async () => {
    const page = await handle.openPage('options/index.html');
    await page.waitForSelector('#preset-search');
    expect(await evaluate(page, () => document.querySelector('label[for="preset-search"]')?.textContent)).toBe('Search presets');
    expect(await shownPresets(page)).toHaveLength(COUNTRIES);
    expect(await text(page, 'li[data-preset="fi"] h3')).toBe('🇫🇮 Finland');

    await typeInto(page, '#preset-search', 'suomi');
    await waitFor(async () => (await shownPresets(page)).join() === 'fi', { message: 'only Finland, found by its own name' });
    await typeInto(page, '#preset-search', 'Sejm');
    await waitFor(async () => (await shownPresets(page)).join() === 'pl', { message: 'only Poland, found by an institution' });
    await typeInto(page, '#preset-search', 'Atlantis');
    await waitFor(async () => (await shownPresets(page)).length === 0, { message: 'nothing' });
    expect(await text(page, '.preset-catalog p.muted')).toBe(tr.t('presets_none', 'Atlantis'));
    await typeInto(page, '#preset-search', '');
    await waitFor(async () => (await shownPresets(page)).length === COUNTRIES, { message: 'the whole catalog again' });
  });

  it('asks once for all a country’s hosts from the click; a refusal adds nothing', async () => {
    const page = await handle.openPage('options/index.html');
    await page.waitForSelector('#preset-search');
    await answerPermissionPrompts(page, false);
    const before = await storedWatchlist(handle);
    await clickButton(page, tr.t('presets_add_label', 'Finland'));
    await waitFor(async () => (await text(page, '.preset-catalog [role="alert"]')) === tr.t('presets_not_allowed', 'Finland'), { message: 'the refusal explained' });
    const calls = await asked(page);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.origins.sort()).toEqual([...presetOrigins(presetById('fi')!)].sort());
    expect(calls[0]!.active).toBe(true);
    expect(await storedWatchlist(handle)).toEqual(before);
  });

  it('adds the country’s sites under its name once allowed, named in the country’s language and shown in the reader’s', async () => {
    const page = await handle.openPage('options/index.html');
    await page.waitForSelector('#preset-search');
    await answerPermissionPrompts(page, true);
    const fi = presetById('fi')!;
    await clickButton(page, tr.t('presets_add_label', 'Finland'));
    await waitFor(async () => (await text(page, '.preset-catalog .message .ok')) === tr.n('presets_added', fi.entries.length, 'Finland'), { message: 'the sites added' });
    expect(await asked(page)).toHaveLength(1);

    const stored = (await storedWatchlist(handle)).sites.filter((s) => s.group === 'Finland');
    expect(stored.map((s) => s.url)).toEqual(fi.entries.map((e) => e.url));
    // Stored in Finnish, the country's first language; every address exactly as the preset has it.
    expect(stored.map((s) => s.name)).toEqual(fi.entries.map((e) => e.names.fi));
    // Shown in English, the reader's language, in the options table.
    await waitFor(async () => (await text(page, 'table.watchlist')).includes('Parliament of Finland'), { message: 'the English name in the table' });
    expect(await text(page, 'table.watchlist')).not.toContain('Eduskunta');
  });
});

describe('EU and country names in a French Chromium', () => {
  const tr = makeTranslator(catalogLookup(catalog('fr')), 'fr');
  let handle: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    handle = await launchChromium(EXT_DIR.chromium, { args: ['--lang=fr'] });
    // The default watchlist's EU bodies under their stored English names, paused: no network needed.
    await setWatchlist(handle, watchlistOf(EU_INSTITUTIONS.map((s) => ({ ...s, paused: true })), []));
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('the popup and the options table name the EU bodies in French, the stored names stay English', async () => {
    const popup = await handle.openPage('popup/index.html');
    const list = await waitForRows(popup, (r) => r.length === EU_INSTITUTIONS.length, 'the EU rows');
    for (const entry of EU_PRESET.entries) {
      const row = list.find((r) => r.url === entry.url);
      expect(row?.text, entry.url).toContain(entry.names.fr);
    }
    expect(list.find((r) => r.url === 'https://www.europarl.europa.eu/')?.text).toContain('Parlement européen');

    const options = await handle.openPage('options/index.html');
    await options.waitForSelector('table.watchlist');
    await waitFor(async () => (await text(options, 'table.watchlist')).includes('Parlement européen'), { message: 'the French name in the table' });
    expect((await storedWatchlist(handle)).sites.map((s) => s.name)).toEqual(EU_INSTITUTIONS.map((s) => s.name));
  });

  it('the catalog speaks French: its search label, the countries’ names, the group a preset is added under', async () => {
    const page = await handle.openPage('options/index.html');
    await page.waitForSelector('#preset-search');
    expect(await evaluate(page, () => document.querySelector('label[for="preset-search"]')?.textContent)).toBe(tr.t('presets_search'));
    expect(await text(page, 'li[data-preset="de"] h3')).toBe('🇩🇪 Allemagne');
    await typeInto(page, '#preset-search', 'Finlande');
    await waitFor(async () => (await shownPresets(page)).join() === 'fi', { message: 'Finland, found by its French name' });
    await answerPermissionPrompts(page, true);
    await clickButton(page, tr.t('presets_add_label', 'Finlande'));
    const fi = presetById('fi')!;
    await waitFor(async () => (await text(page, '.preset-catalog .message .ok')) === tr.n('presets_added', fi.entries.length, 'Finlande'), { message: 'the sites added in French' });
    expect((await storedWatchlist(handle)).sites.filter((s) => s.group === 'Finlande')).toHaveLength(fi.entries.length);
  });
});
