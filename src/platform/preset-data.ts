import { baseLanguage, type LocalNames } from '../settings/presets/display-name';
import type { PresetSites } from '../settings/presets/preset-sites';
import { browser } from './browser';

/**
 * The preset data the build writes as files beside the code (see vite.config.ts), read when needed:
 * a fetch of the extension's own file works in the pages and in the background worker alike (a
 * module worker cannot import()). So the popup and the background carry neither every language's
 * names nor every country's data: ~30 KB gzipped that only the options page needs whole.
 */
async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    const response = await fetch(browser.runtime.getURL(path));
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

const names = new Map<string, Promise<LocalNames>>();

/**
 * The preset names of the reader's language (preset-names/<lang>.json: a few hundred bytes to a few
 * KB). No table (a language no preset names anything in) or a failed read means no renaming: the
 * stored names show.
 */
export function presetNames(locale: string): Promise<LocalNames> {
  const lang = baseLanguage(locale);
  let table = names.get(lang);
  if (!table) {
    table = /^[a-z]{2,3}$/.test(lang) ? readJson<LocalNames>(`preset-names/${lang}.json`).then((t) => t ?? {}) : Promise.resolve({});
    names.set(lang, table);
  }
  return table;
}

/** One preset's sites (preset-sites/<id>.json), read when the user adds it; undefined: no such preset. */
export async function presetSitesFile(id: string): Promise<PresetSites | undefined> {
  return /^[a-z]+(-[a-z]+)*$/.test(id) ? readJson<PresetSites>(`preset-sites/${id}.json`) : undefined;
}
