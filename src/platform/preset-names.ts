import { baseLanguage, type LocalNames } from '../settings/presets/display-name';
import { browser } from './browser';

const loaded = new Map<string, Promise<LocalNames>>();

/**
 * The preset names of the reader's language, from the table the build wrote for it
 * (preset-names/<lang>.json): a few hundred bytes to a few KB, where every language's names and
 * every country's data would be ~30 KB gzipped in each page. A fetch of the extension's own file
 * works in the pages and in the background worker alike (a module worker cannot import()). No table
 * (a language no preset names anything in) or a failed read means no renaming: the stored names show.
 */
export function presetNames(locale: string): Promise<LocalNames> {
  const lang = baseLanguage(locale);
  let names = loaded.get(lang);
  if (!names) {
    names = read(lang);
    loaded.set(lang, names);
  }
  return names;
}

async function read(lang: string): Promise<LocalNames> {
  if (!/^[a-z]{2,3}$/.test(lang)) return {};
  try {
    const response = await fetch(browser.runtime.getURL(`preset-names/${lang}.json`));
    return response.ok ? ((await response.json()) as LocalNames) : {};
  } catch {
    return {};
  }
}
