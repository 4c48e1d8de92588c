import type { Site } from '../src/model';
import { displayName } from '../src/settings/presets/display-name';
import { presetNames } from '../src/platform/preset-data';
import { tr } from './i18n';

// Read before the page draws anything (top-level await): only this reader's language's names, so a
// row never shows one name and then another.
const names = await presetNames(tr.locale);

/** A watched site's name as this page shows it: a preset institution in the page's language. */
export function siteName(site: Pick<Site, 'url' | 'name'>): string {
  return displayName(site, names);
}
