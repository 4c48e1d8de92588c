import type { Site } from '../../model';
import type { Preset } from './types';

/**
 * One reader language's preset names: a watched address → [the name a preset stores for it, its
 * name in this language]. Only entries whose name in this language differs from the stored one are
 * listed. The build writes one such table per language (preset-names/<lang>.json, see
 * vite.config.ts) and a page or the background loads only its reader's (src/platform/preset-data.ts):
 * the names of the 24 languages and of every country's institutions stay out of the popup.
 */
export type LocalNames = Readonly<Record<string, readonly [stored: string, local: string]>>;

/** The base language of a locale: "de-AT" → "de". */
export function baseLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}

/** Every language some preset names an institution in: one table each. */
export function nameLanguages(presets: readonly Preset[]): string[] {
  return [...new Set(presets.flatMap((p) => p.entries.flatMap((e) => Object.keys(e.names))))].sort();
}

/** The table for one language, from the full preset data (at build time, and in tests). */
export function localNames(presets: readonly Preset[], locale: string): LocalNames {
  const lang = baseLanguage(locale);
  const table: Record<string, readonly [string, string]> = {};
  for (const entry of presets.flatMap((p) => p.entries)) {
    const local = entry.names[lang];
    if (local && local !== entry.name) table[entry.url] = [entry.name, local];
  }
  return table;
}

/**
 * The name to show for a watched site in the reader's language. Only a preset institution still
 * under the name its preset stored (or already under its name in this language) is translated: a
 * name the user chose is theirs, and the address is never touched. Where the reader's language has
 * no name of its own, the stored name (the country's own language, English for the EU) stays.
 */
export function displayName(site: Pick<Site, 'url' | 'name'>, names: LocalNames): string {
  const entry = names[site.url];
  if (!entry) return site.name;
  const [stored, local] = entry;
  return site.name === stored || site.name === local ? local : site.name;
}

/** The same sites with their names for this reader: for lists handed to code that only reads `name`. */
export function withDisplayNames<S extends Pick<Site, 'url' | 'name'>>(sites: readonly S[], names: LocalNames): S[] {
  return sites.map((s) => {
    const name = displayName(s, names);
    return name === s.name ? s : { ...s, name };
  });
}
