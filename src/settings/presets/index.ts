import type { Site } from '../../model';
import { EU_PRESET } from './eu';
import type { Preset, PresetEntry } from './types';
import { COUNTRY_PRESETS } from './countries/index';
import { countryName, presetGroupOf, presetSitesOf, sitesToAdd, type PresetSource } from './preset-sites';

export { countryName } from './preset-sites';

export type { Preset, PresetEntry, PresetKind } from './types';

/** Every preset: the EU's bodies first, then the countries in code order. */
export const PRESETS: readonly Preset[] = [EU_PRESET, ...[...COUNTRY_PRESETS].sort((a, b) => a.country.localeCompare(b.country))];

import { EU_GROUP } from '../eu-institutions';
export const EU_GROUP_NAME = EU_GROUP;

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}


/** A flag as text: the two regional indicator letters that fonts draw as the flag. */
export function flag(country: string): string {
  return [...country.toUpperCase()].map((c) => String.fromCodePoint(0x1f1e6 + c.charCodeAt(0) - 65)).join('');
}

/** The group a preset's sites go under: the EU's keeps its stored English name, a country's is named in the user's language. */
export function presetGroup(preset: Preset, locale: string): string {
  return presetGroupOf(preset.country, locale);
}

/** The sites a preset adds, as stored: the preset's own name, the group named for this reader. */
export function presetSites(preset: Preset, locale: string): Site[] {
  return sitesToAdd(presetSitesOf(preset), locale);
}

/** The presets as the background reads them in tests: the same data, no files. */
export const presetSource: PresetSource = async (id) => {
  const preset = presetById(id);
  return preset && presetSitesOf(preset);
};

/** Permission patterns for every host of a preset, each once. */
export function presetOrigins(preset: Preset): string[] {
  return [...new Set(preset.entries.map((e) => `${new URL(e.url).protocol}//${new URL(e.url).hostname}/*`))];
}

let byUrl: Map<string, PresetEntry> | undefined;
/** The preset entry behind a watched address, if any. */
export function presetEntry(url: string): PresetEntry | undefined {
  byUrl ??= new Map(PRESETS.flatMap((p) => p.entries.map((e) => [e.url, e] as const)));
  return byUrl.get(url);
}

/** Does a preset match what a person typed in the catalog's search field? Country (code or name), institution, or address. */
export function presetMatches(preset: Preset, query: string, locale: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const text = fold(
    [
      preset.country,
      countryName(preset.country, locale),
      countryName(preset.country, 'en'),
      ...preset.languages.map((l) => countryName(preset.country, l)),
      ...preset.entries.flatMap((e) => [e.url, ...Object.values(e.names)]),
    ].join(' '),
  );
  return words.every((w) => text.includes(w));
}

/** Lower case without accents, so "osterreich" finds "Österreich". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
