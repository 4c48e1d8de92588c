import type { Site } from '../model';

/** Lower case without accents, so "osterreich" finds "Österreich" and "parlement" finds "Parlement". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Does a watched site match what a person typed? Every word must be found in its name (as shown or
 * as stored), its address or its group.
 */
export function siteMatches(site: Site, shownName: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const text = fold([shownName, site.name, site.url, site.group ?? ''].join(' '));
  return words.every((w) => text.includes(w));
}
