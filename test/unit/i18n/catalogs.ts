import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../../src/i18n/translator';

/** The catalogs the browsers read, loaded once for the locale tests. */
export const root = join(import.meta.dirname, '../../..');
const dir = join(root, '_locales');
export const languages = readdirSync(dir).sort();
export const catalogs: Record<string, Catalog> = Object.fromEntries(languages.map((lang) => [lang, JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8')) as Catalog]));
export const en = catalogs.en!;
export const keys = Object.keys(en);

/** The 24 official languages of the EU, by their ISO 639-1 codes. */
export const EU_LANGUAGES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];

// A counted message is `<base>_<category>`, one key per CLDR plural category of its language.
export const CATEGORY = /_(zero|one|two|few|many|other)$/;
export const bases = [...new Set(keys.filter((k) => k.endsWith('_other')).map((k) => k.replace(CATEGORY, '')))];
export const isCounted = (key: string) => CATEGORY.test(key) && bases.includes(key.replace(CATEGORY, ''));
/** The categories Intl.PluralRules picks from in this language: exactly the forms its catalog needs. */
export const categories = (lang: string) => [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
/** The English entry a key is translated from: a counted key's English "other" form. */
export const source = (key: string): Catalog[string] | undefined => (isCounted(key) ? en[`${key.replace(CATEGORY, '')}_other`] : en[key]);

/**
 * The categories of a language that stand for one number only (English "one" is 1; Irish "two" is
 * 2): only there may a form leave its count out ("the site"). Lithuanian "one" is also 21, 31 …,
 * French "one" also 0: there the count must be written.
 */
export function singleNumberCategories(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) {
    const category = rules.select(n);
    numbers.set(category, (numbers.get(category) ?? 0) + 1);
  }
  return new Set([...numbers].filter(([, count]) => count === 1).map(([category]) => category));
}

/** $NAME$ references in a message, lower-cased as the browsers compare them. */
export function referenced(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase());
}
export function declared(entry: Catalog[string]): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
}
