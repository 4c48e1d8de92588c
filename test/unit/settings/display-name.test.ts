import { describe, expect, it } from 'vitest';
import { displayName, localNames, nameLanguages, withDisplayNames } from '../../../src/settings/presets/display-name';
import { EU_INSTITUTIONS } from '../../../src/settings/eu-institutions';
import { EU_PRESET } from '../../../src/settings/presets/eu';
import { presetById, PRESETS } from '../../../src/settings/presets/index';

const EP = EU_INSTITUTIONS[0]!;
const names = (locale: string) => localNames(PRESETS, locale);

describe('displayName', () => {
  it('shows an EU institution in the reader’s language, its stored English name kept', () => {
    expect(EP.name).toBe('European Parliament');
    expect(displayName(EP, names('fr'))).toBe('Parlement européen');
    expect(displayName(EP, names('de-AT'))).toBe('Europäisches Parlament');
    expect(displayName(EP, names('pl'))).toBe('Parlament Europejski');
    expect(displayName(EP, names('el'))).toBe('Ευρωπαϊκό Κοινοβούλιο');
    expect(displayName(EP, names('ga'))).toBe('Parlaimint na hEorpa');
    expect(displayName(EP, names('en-GB'))).toBe('European Parliament');
  });

  it('keeps a name the user chose, and any site that is not a preset’s', () => {
    expect(displayName({ ...EP, name: 'Parliament (work)' }, names('fr'))).toBe('Parliament (work)');
    expect(displayName({ url: 'https://example.org/', name: 'Example' }, names('fr'))).toBe('Example');
    // The same address with another path is another site.
    expect(displayName({ url: 'https://www.europarl.europa.eu/news/', name: 'European Parliament' }, names('fr'))).toBe('European Parliament');
  });

  it('a site already under its name in the reader’s language keeps it', () => {
    expect(displayName({ ...EP, name: 'Parlement européen' }, names('fr'))).toBe('Parlement européen');
  });

  it('falls back to the stored name, the country’s own language, where the reader’s is missing', () => {
    const fi = presetById('fi')!.entries.find((e) => e.kind === 'parliament')!;
    expect(fi.name).toBe(fi.names.fi);
    expect(displayName(fi, names('sv'))).toBe(fi.names.sv);
    expect(displayName(fi, names('ja'))).toBe(fi.names.fi);
    expect(displayName(fi, names('en'))).toBe(fi.names.en ?? fi.names.fi);
  });

  it('withDisplayNames renames only what it must and never touches the address', () => {
    const mine = { url: 'https://example.org/', name: 'Example', group: 'Mine' };
    const out = withDisplayNames([EP, mine], names('fr'));
    expect(out[0]).toEqual({ ...EP, name: 'Parlement européen' });
    expect(out[1]).toBe(mine);
  });
});

describe('one names table per language', () => {
  it('covers the 24 EU languages, each table holding only names that differ from the stored one', () => {
    const langs = nameLanguages(PRESETS);
    expect(langs).toEqual(expect.arrayContaining([...EU_PRESET.languages]));
    for (const lang of langs) for (const [stored, local] of Object.values(names(lang))) expect(local).not.toBe(stored);
    expect(Object.keys(names('pl'))).toContain(EP.url);
    // An English reader sees every institution that has an English name in English.
    expect(names('en')[EP.url]).toBeUndefined();
  });

  it('the default watchlist is the EU preset, address for address and name for name', () => {
    expect(EU_INSTITUTIONS.map((s) => [s.url, s.name])).toEqual(EU_PRESET.entries.map((e) => [e.url, e.name]));
  });

  it('a table is small: what one reader loads, not every language', () => {
    const all = JSON.stringify(PRESETS).length;
    for (const lang of ['pl', 'lt', 'ga', 'el', 'fr', 'de']) expect(JSON.stringify(names(lang)).length).toBeLessThan(all / 20);
  });
});
