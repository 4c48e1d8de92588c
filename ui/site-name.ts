import type { Site } from '../src/model';
import { displayName } from '../src/settings/presets/display-name';
import { tr } from './i18n';

/** A watched site's name as this page shows it: a preset institution in the page's language. */
export function siteName(site: Pick<Site, 'url' | 'name'>): string {
  return displayName(site, tr.locale);
}
