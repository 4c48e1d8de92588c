import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs, EU_LANGUAGES, root } from './catalogs';
import { englishWords } from './english-words';

/**
 * The store text in every language, within what the stores take: the listing's name (≤ 45, the
 * Chrome Web Store's title), summary (≤ 132: Chrome's manifest description, the stricter of it and
 * AMO's 250) and description (≤ 16 000), and the manifest's own name (≤ 75) and description (≤ 132)
 * from each catalog.
 */
interface Listing {
  name: string;
  summary: string;
  description: string;
}
const LIMITS: Record<keyof Listing, number> = { name: 45, summary: 132, description: 16_000 };
const listingPath = (lang: string) => join(root, 'store/listing', `${lang}.json`);
const listing = (lang: string) => JSON.parse(readFileSync(listingPath(lang), 'utf8')) as Listing;
const length = (text: string) => [...text].length;

describe('store listings', () => {
  it.each(EU_LANGUAGES)('%s has its listing, each field within the stores’ limits', (lang) => {
    expect(existsSync(listingPath(lang)), `store/listing/${lang}.json`).toBe(true);
    const text = listing(lang);
    expect(Object.keys(text).sort()).toEqual(['description', 'name', 'summary']);
    for (const field of Object.keys(LIMITS) as (keyof Listing)[]) {
      expect(text[field].trim(), `${lang} ${field}`).not.toBe('');
      expect(length(text[field]), `${lang} ${field}: ${text[field]}`).toBeLessThanOrEqual(LIMITS[field]);
    }
  });

  it.each(EU_LANGUAGES.filter((lang) => lang !== 'en'))('%s: the listing is translated, not English', (lang) => {
    const text = listing(lang);
    const english = listing('en');
    for (const field of Object.keys(LIMITS) as (keyof Listing)[]) {
      expect(text[field], `${lang} ${field}`).not.toBe(english[field]);
      expect(englishWords(text[field], lang, `listing.${field}`), `${lang} ${field}`).toEqual([]);
    }
  });

  it.each(EU_LANGUAGES)('%s: the catalog’s extension name ≤ 75 and description ≤ 132 characters', (lang) => {
    const catalog = catalogs[lang];
    expect(catalog, `_locales/${lang}`).toBeDefined();
    expect(length(catalog!.ext_name!.message)).toBeLessThanOrEqual(75);
    expect(length(catalog!.ext_description!.message)).toBeLessThanOrEqual(132);
  });
});
