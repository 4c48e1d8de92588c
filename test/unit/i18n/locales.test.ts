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

/** $NAME$ references in a message, lower-cased as the browsers compare them. */
function referenced(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase());
}
function declared(entry: Catalog[string]): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
}

describe('locales', () => {
  it('English, French and German are all there, each naming its own language', () => {
    expect(languages).toEqual(['de', 'en', 'fr']);
    for (const lang of languages) expect(catalogs[lang]!.locale!.message).toBe(lang);
  });

  it.each(languages)('%s has every key of the English catalog and no other', (lang) => {
    const own = Object.keys(catalogs[lang]!);
    expect(keys.filter((k) => !own.includes(k))).toEqual([]);
    expect(own.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it.each(languages)('%s: every placeholder is declared, used, and fed by the same substitution as in English', (lang) => {
    const problems: string[] = [];
    for (const key of keys) {
      const entry = catalogs[lang]![key]!;
      if (!entry.message.trim()) problems.push(`${key}: empty`);
      if (!/^[A-Za-z0-9_@]+$/.test(key)) problems.push(`${key}: not a valid key`);
      const used = new Set(referenced(entry.message));
      const own = declared(entry);
      const english = declared(en[key]!);
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

  it('every counted message has the forms English and its translators need', () => {
    const bases = keys.filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length));
    expect(bases.length).toBeGreaterThan(10);
    for (const base of bases) expect(keys, base).toContain(`${base}_one`);
    // Forms beyond one and other (French "many") fall back to _other: no language may need a form it lacks.
    for (const key of keys.filter((k) => /_(zero|two|few|many)$/.test(k))) expect.fail(`${key}: a plural form the translator never picks`);
  });

  it('every key is used by the code or the manifest, and the manifest only names keys that exist', () => {
    const sources = ['src', 'background', 'popup', 'options', 'ui'].flatMap((folder) => files(join(root, folder))).map((f) => readFileSync(f, 'utf8')).join('\n');
    const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
    const named = [...manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);
    expect(named.filter((k) => !keys.includes(k))).toEqual([]);
    // A family built from data: shield_<kind>, one per fingerprint kind.
    const dynamic = /^(shield_(challenge|block|bot_check|check|firewall)|locale)$/;
    const unused = keys.filter((key) => {
      const base = key.replace(/_(one|other)$/, '');
      const quoted = (k: string) => sources.includes(`'${k}'`) || sources.includes(`"${k}"`);
      return !dynamic.test(key) && !named.includes(key) && !quoted(key) && !quoted(base);
    });
    expect(unused).toEqual([]);
  });
});

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(folder, e.name)) : /\.tsx?$/.test(e.name) ? [join(folder, e.name)] : []));
}
