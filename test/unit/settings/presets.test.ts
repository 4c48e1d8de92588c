import { describe, expect, it } from 'vitest';
import { normaliseSiteUrl } from '../../../src/settings/site-url';
import { countryName, flag, presetById, presetGroup, presetMatches, presetOrigins, PRESETS, presetSites } from '../../../src/settings/presets/index';
import type { PresetKind } from '../../../src/settings/presets/types';

// Every address in the catalog is checked as data: reachable only by reading its source, so the
// test keeps the data honest where it can: form, sources, no twice-listed address.
const KINDS: readonly PresetKind[] = ['eu-institution', 'parliament', 'head-of-state', 'government', 'portal', 'cert', 'central-bank', 'ministry', 'transport', 'court', 'agency'];
const COUNTRIES = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MD', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'UA'];
const entries = PRESETS.flatMap((p) => p.entries.map((e) => ({ preset: p, ...e })));

describe('presets', () => {
  it('has the EU bodies and a preset for each of the 27 member states, Ukraine and Moldova', () => {
    expect(PRESETS[0]!.id).toBe('eu-institutions');
    expect(PRESETS.slice(1).map((p) => p.country)).toEqual(COUNTRIES);
    for (const p of PRESETS.slice(1)) expect(p.id).toBe(p.country.toLowerCase());
  });

  it.each(entries.map((e) => [e.url, e] as const))('%s: an https address as Vigil stores it, a name, a country, a kind and a source', (_, e) => {
    const url = new URL(e.url);
    expect(url.protocol).toBe('https:');
    expect(normaliseSiteUrl(e.url)).toEqual({ ok: true, url: e.url });
    expect(e.name.trim()).not.toBe('');
    expect(e.name.length).toBeLessThanOrEqual(100);
    expect(Object.values(e.names)).toContain(e.name);
    expect(e.country).toBe(e.preset.country);
    expect(KINDS).toContain(e.kind);
    expect(new URL(e.source).protocol).toMatch(/^https?:$/);
    // Named in the country's own language(s): Finland in Finnish and Swedish, Belgium in Dutch, French and German.
    for (const lang of e.preset.languages) expect(e.names[lang], `${e.url} in ${lang}`).toBeTruthy();
  });

  it('lists no address twice, not even across countries', () => {
    const urls = entries.map((e) => e.url);
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
  });

  it('each country has its parliament, its government, its cybersecurity agency and its central bank', () => {
    // Every country has its parliament, government, CERT and central bank (Greece's CERT and Ireland's
    // government were the last gaps, filled with sources in this round).
    const missing = PRESETS.slice(1).flatMap((p) => (['parliament', 'government', 'cert', 'central-bank'] as const).filter((k) => !p.entries.some((e) => e.kind === k)).map((k) => `${p.country}: ${k}`));
    expect(missing).toEqual([]);
  });

  it('names countries in the reader’s language and draws the flag as text', () => {
    expect(countryName('FI', 'fr')).toBe('Finlande');
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(flag('FI')).toBe('🇫🇮');
    expect(flag('EU')).toBe('🇪🇺');
    for (const p of PRESETS) expect(countryName(p.country, 'en')).not.toBe(p.country);
  });

  it('the search finds a country by its name in any of its languages, by code, or by an institution', () => {
    const fi = presetById('fi')!;
    expect(presetMatches(fi, 'Finlande', 'fr')).toBe(true);
    expect(presetMatches(fi, 'suomi', 'en')).toBe(true);
    expect(presetMatches(fi, 'eduskunta', 'en')).toBe(true);
    expect(presetMatches(fi, '  ', 'en')).toBe(true);
    expect(presetMatches(fi, 'Portugal', 'en')).toBe(false);
    expect(PRESETS.filter((p) => presetMatches(p, 'osterreich', 'de')).map((p) => p.id)).toEqual(['at']);
  });

  it('adds a country’s sites under its name in the reader’s language, asking once for each host', () => {
    const fi = presetById('fi')!;
    expect(presetGroup(fi, 'fr')).toBe('Finlande');
    const sites = presetSites(fi, 'de');
    expect(sites.every((s) => s.group === 'Finnland')).toBe(true);
    expect(sites.map((s) => s.url)).toEqual(fi.entries.map((e) => e.url));
    const origins = presetOrigins(fi);
    expect(origins.every((o) => /^https:\/\/[^/]+\/\*$/.test(o))).toBe(true);
    expect(new Set(origins).size).toBe(origins.length);
    expect(presetGroup(presetById('eu-institutions')!, 'fr')).toBe('EU institutions');
  });
});
