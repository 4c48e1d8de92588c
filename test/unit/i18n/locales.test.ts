import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/i18n/translator';

// The catalogs the browsers read, checked as a translator's tool would: nothing missing, nothing
// left over, every placeholder declared and used, the same substitutions in every language.
const root = join(import.meta.dirname, '../../..');
const dir = join(root, '_locales');
const languages = readdirSync(dir).sort();
const catalogs = Object.fromEntries(languages.map((lang) => [lang, JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8')) as Catalog]));
const en = catalogs.en!;
const keys = Object.keys(en);

// A counted message is `<base>_<category>`, one key per CLDR plural category of its language.
const CATEGORY = /_(zero|one|two|few|many|other)$/;
const bases = [...new Set(keys.filter((k) => k.endsWith('_other')).map((k) => k.replace(CATEGORY, '')))];
const isCounted = (key: string) => CATEGORY.test(key) && bases.includes(key.replace(CATEGORY, ''));
/** The categories Intl.PluralRules picks from in this language: exactly the forms its catalog needs. */
const categories = (lang: string) => [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
/** The English entry a key is translated from: a counted key's English "other" form. */
const source = (key: string) => (isCounted(key) ? en[`${key.replace(CATEGORY, '')}_other`] : en[key])!;

/** $NAME$ references in a message, lower-cased as the browsers compare them. */
function referenced(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase());
}
function declared(entry: Catalog[string]): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
}

describe('locales', () => {
  it('English, French and German are there, each catalog naming its own language', () => {
    expect(languages).toEqual(expect.arrayContaining(['de', 'en', 'fr']));
    for (const lang of languages) expect(catalogs[lang]!.locale!.message).toBe(lang);
  });

  it.each(languages)('%s has every key of the English catalog and no other, counted ones in its own plural forms', (lang) => {
    const own = Object.keys(catalogs[lang]!);
    const plain = (list: string[]) => list.filter((k) => !isCounted(k));
    expect(plain(keys).filter((k) => !own.includes(k))).toEqual([]);
    expect(plain(own).filter((k) => !keys.includes(k))).toEqual([]);
    // Exactly the categories Intl.PluralRules(lang) chooses from: a missing one would show English
    // or a wrong form, an extra one is never picked.
    const wanted = categories(lang);
    const problems: string[] = [];
    for (const base of bases) {
      const have = own.filter((k) => k.replace(CATEGORY, '') === base && CATEGORY.test(k)).map((k) => CATEGORY.exec(k)![1]!).sort();
      if (have.join() !== wanted.join()) problems.push(`${base}: has ${have.join(', ')}; ${lang} uses ${wanted.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(languages)('%s: every placeholder is declared, used, and fed by the same substitution as in English', (lang) => {
    const problems: string[] = [];
    for (const key of Object.keys(catalogs[lang]!)) {
      const entry = catalogs[lang]![key]!;
      if (!entry.message.trim()) problems.push(`${key}: empty`);
      if (!/^[A-Za-z0-9_@]+$/.test(key)) problems.push(`${key}: not a valid key`);
      const used = new Set(referenced(entry.message));
      const own = declared(entry);
      const english = declared(source(key));
      for (const name of used) if (!(name in own)) problems.push(`${key}: $${name}$ is not declared`);
      for (const [name, content] of Object.entries(own)) {
        if (!used.has(name)) problems.push(`${key}: placeholder ${name} is never used`);
        if (!/^\$[1-9]$/.test(content)) problems.push(`${key}: placeholder ${name} has content ${content}`);
        if (english[name] !== content) problems.push(`${key}: placeholder ${name} is ${content} here, ${english[name]} in English`);
      }
      // A translation may leave out a placeholder only in a singular form ("the site" for "1 site").
      for (const name of Object.keys(english)) if (!(name in own) && !key.endsWith('_one')) problems.push(`${key}: ${name} is missing`);
      // A $ that is neither $$ nor part of $NAME$ would show as is.
      if (/\$/.test(entry.message.replace(/\$\$|\$[a-z0-9_@]+\$/gi, ''))) problems.push(`${key}: stray $`);
    }
    expect(problems).toEqual([]);
  });

  it('the plural categories come from CLDR: English and German one/other, French one/many/other', () => {
    expect(bases.length).toBeGreaterThan(10);
    expect(categories('en')).toEqual(['one', 'other']);
    expect(categories('de')).toEqual(['one', 'other']);
    expect(categories('fr')).toEqual(['many', 'one', 'other']);
    // A family is counted only through its _other form: a stray _few without _other is a typo.
    for (const lang of languages) {
      const stray = Object.keys(catalogs[lang]!).filter((k) => CATEGORY.test(k) && !bases.includes(k.replace(CATEGORY, '')) && !(k.replace(CATEGORY, '') in en));
      expect(stray, lang).toEqual([]);
    }
  });

  it('every key is used by the code or the manifest, and the manifest only names keys that exist', () => {
    const sources = ['src', 'background', 'popup', 'options', 'ui'].flatMap((folder) => files(join(root, folder))).map((f) => readFileSync(f, 'utf8')).join('\n');
    const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
    const named = [...manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);
    expect(named.filter((k) => !keys.includes(k))).toEqual([]);
    // A family built from data: shield_<kind>, one per fingerprint kind.
    const dynamic = /^(shield_(challenge|block|bot_check|check|firewall)|locale)$/;
    const unused = keys.filter((key) => {
      const base = key.replace(CATEGORY, '');
      const quoted = (k: string) => sources.includes(`'${k}'`) || sources.includes(`"${k}"`);
      return !dynamic.test(key) && !named.includes(key) && !quoted(key) && !quoted(base);
    });
    expect(unused).toEqual([]);
  });
});

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(folder, e.name)) : /\.tsx?$/.test(e.name) ? [join(folder, e.name)] : []));
}
