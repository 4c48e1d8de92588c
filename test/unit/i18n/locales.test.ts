import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bases, catalogs, categories, CATEGORY, declared, en, EU_LANGUAGES, isCounted, keys, languages, referenced, root, singleNumberCategories, source } from './catalogs';

// The catalogs the browsers read, checked as a translator's tool would: nothing missing, nothing
// left over, every placeholder declared and used, the same substitutions in every language.

/**
 * Numbers the count fixes when it stands for one number alone: these messages are shown only when at
 * least one site is down, so with a total of 1 the sites down are 1 too ("The site is down").
 */
const FIXED_BY_COUNT: Record<string, readonly string[]> = {
  summary_down: ['down'],
  notify_down_all: ['down'],
  notify_down_group: ['down'],
};

describe('locales', () => {
  it('the 24 official languages of the EU are there, and only they, each catalog naming its own language', () => {
    expect(languages).toEqual(EU_LANGUAGES);
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
      const origin = source(key);
      if (!origin) {
        problems.push(`${key}: not in the English catalog`);
        continue;
      }
      const english = declared(origin);
      for (const name of used) if (!(name in own)) problems.push(`${key}: $${name}$ is not declared`);
      for (const [name, content] of Object.entries(own)) {
        if (!used.has(name)) problems.push(`${key}: placeholder ${name} is never used`);
        if (!/^\$[1-9]$/.test(content)) problems.push(`${key}: placeholder ${name} has content ${content}`);
        if (english[name] !== content) problems.push(`${key}: placeholder ${name} is ${content} here, ${english[name]} in English`);
      }
      // A form may leave out its count ("the site" for "1 site") only where its category is one
      // number alone: English or Polish "one", Irish "two"; not Lithuanian "one" (1, 21, 31 …) nor
      // French "one" (0 and 1). Every other placeholder is always there.
      const category = isCounted(key) ? CATEGORY.exec(key)![1]! : undefined;
      for (const [name, content] of Object.entries(english)) {
        if (name in own) continue;
        const single = category !== undefined && singleNumberCategories(lang).has(category);
        const countLeftOut = single && (content === '$1' || FIXED_BY_COUNT[key.replace(CATEGORY, '')]?.includes(name) === true);
        if (!countLeftOut) problems.push(`${key}: ${name} is missing${content === '$1' && category ? ` (${lang} "${category}" is more than one number: write the count)` : ''}`);
      }
      // A $ that is neither $$ nor part of $NAME$ would show as is.
      if (/\$/.test(entry.message.replace(/\$\$|\$[a-z0-9_@]+\$/gi, ''))) problems.push(`${key}: stray $`);
    }
    expect(problems).toEqual([]);
  });

  it('the plural categories come from CLDR: English and German one/other, French one/many/other', () => {
    expect(singleNumberCategories('en')).toEqual(new Set(['one']));
    expect(singleNumberCategories('ga')).toEqual(new Set(['one', 'two']));
    expect(singleNumberCategories('lt').has('one')).toBe(false);
    expect(singleNumberCategories('fr').has('one')).toBe(false);
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
