import type { Site } from '../../model';
import { presetEntry } from './index';

/**
 * The name to show for a watched site in the reader's language. Only a preset institution whose
 * stored name is still one of the preset's own names is translated: a name the user chose is theirs,
 * and the address is never touched. Order: the reader's language, the country's own, English.
 */
export function displayName(site: Pick<Site, 'url' | 'name'>, locale: string): string {
  const entry = presetEntry(site.url);
  if (!entry) return site.name;
  const own = Object.values(entry.names);
  if (site.name !== entry.name && !own.includes(site.name)) return site.name;
  const lang = locale.split(/[-_]/)[0]!.toLowerCase();
  // The stored name is the country's own language (English when no other is known): the fallback.
  return entry.names[lang] ?? entry.name;
}

/** The same sites with their names for this reader: for lists handed to code that only reads `name`. */
export function withDisplayNames<S extends Pick<Site, 'url' | 'name'>>(sites: readonly S[], locale: string): S[] {
  return sites.map((s) => {
    const name = displayName(s, locale);
    return name === s.name ? s : { ...s, name };
  });
}
