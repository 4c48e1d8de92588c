import type { Site } from '../src/model';
import { displayName, type LocalNames } from '../src/settings/presets/display-name';
import { presetNames } from '../src/platform/preset-data';
import { tr } from './i18n';

let names: LocalNames = {};

/**
 * This reader's language's preset names, read as soon as the page starts and in parallel with its
 * data: the data hook (use-vigil-data.ts) shows nothing before both are there, so a row never
 * shows one name and then another, and the names' small file never delays the first read.
 */
export const siteNamesReady: Promise<void> = presetNames(tr.locale).then((table) => {
  names = table;
});

/** A watched site's name as this page shows it: a preset institution in the page's language. */
export function siteName(site: Pick<Site, 'url' | 'name'>): string {
  return displayName(site, names);
}
