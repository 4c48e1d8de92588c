import type { Site } from '../../model';
import { EU_GROUP } from '../eu-institutions';
import type { Preset } from './types';

/**
 * What adding a preset needs of it: its country and each entry's address and stored name. The build
 * writes one such file per preset (preset-sites/<id>.json, see vite.config.ts), which the background
 * reads when the user adds that preset (src/platform/preset-data.ts), so the background does not
 * carry every country's data, names in every language and sources.
 */
export interface PresetSites {
  readonly id: string;
  readonly country: string;
  readonly sites: ReadonlyArray<readonly [url: string, name: string]>;
}

/** Where the background finds a preset by its id; undefined: no such preset. */
export type PresetSource = (id: string) => Promise<PresetSites | undefined>;

export function presetSitesOf(preset: Preset): PresetSites {
  return { id: preset.id, country: preset.country, sites: preset.entries.map((e) => [e.url, e.name] as const) };
}

/** The country's name in the reader's language ("Finlande" for fi in French); the EU's too. */
export function countryName(country: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

/** The group a preset's sites go under: the EU's keeps its stored English name, a country's is named in the user's language. */
export function presetGroupOf(country: string, locale: string): string {
  return country === 'EU' ? EU_GROUP : countryName(country, locale);
}

/** The sites a preset adds, as stored: the preset's own name, the group named for this reader. */
export function sitesToAdd(preset: PresetSites, locale: string): Site[] {
  const group = presetGroupOf(preset.country, locale);
  return preset.sites.map(([url, name]) => ({ url, name, group }));
}
