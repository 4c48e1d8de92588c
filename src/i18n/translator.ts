import type en from '../../_locales/en/messages.json';

/**
 * Every word Vigil shows comes from `_locales/<lang>/messages.json` through a Translator. The pages
 * and the background get one backed by `browser.i18n` (src/platform/i18n.ts); tests and Node scripts
 * build one from a catalog file with the same substitution rules (catalogLookup below).
 */
export type MessageKey = Exclude<keyof typeof en, 'locale'>;

/** Keys that come as `<base>_one` / `<base>_other` (and whatever plural forms a language adds). */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

/** A message to be put into words later, by whoever holds the translator (validation, stored problems). */
export interface Message {
  key: MessageKey;
  subs?: ReadonlyArray<Sub>;
}
export type Sub = string | number | Message;

export function message(key: MessageKey, ...subs: Sub[]): Message {
  return subs.length ? { key, subs } : { key };
}

export interface Translator {
  /** BCP 47 tag for Intl: the user's own variant when it is of the catalog's language ("en-GB"), else the catalog's. */
  readonly locale: string;
  /** The message in words; numbers are formatted for the locale. */
  t(key: MessageKey, ...subs: Sub[]): string;
  /** A counted message: `count` is its first substitution and picks the plural form. */
  n(base: PluralBase, count: number, ...subs: Sub[]): string;
  /** A Message built elsewhere. */
  say(m: Message): string;
}

/** Looks a key up and substitutes, as `browser.i18n.getMessage` does: '' when the key is missing. */
export type Lookup = (key: string, subs: string[]) => string;

export function makeTranslator(lookup: Lookup, catalogLocale: string, userLocale?: string): Translator {
  const locale = userLocale && userLocale.split(/[-_]/)[0]!.toLowerCase() === catalogLocale.toLowerCase() ? userLocale.replace('_', '-') : catalogLocale;
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const word = (sub: Sub): string => (typeof sub === 'number' ? numbers.format(sub) : typeof sub === 'string' ? sub : tr.say(sub));
  const tr: Translator = {
    locale,
    t(key, ...subs) {
      // A missing key shows itself rather than a blank: the locale test keeps this from happening.
      return lookup(key, subs.map(word)) || key;
    },
    n(base, count, ...subs) {
      const all = [count, ...subs].map(word);
      return lookup(`${base}_${plurals.select(count)}`, all) || lookup(`${base}_other`, all) || base;
    },
    say(m) {
      return tr.t(m.key, ...(m.subs ?? []));
    },
  };
  return tr;
}

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

/**
 * Chrome's and Firefox's substitution rules for messages.json: `$name$` (any case) is replaced by
 * its placeholder's content, in which `$1`…`$9` are the substitutions; `$$` is a dollar sign.
 */
export function catalogLookup(catalog: Catalog): Lookup {
  return (key, subs) => {
    const entry = catalog[key];
    if (!entry) return '';
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    const filled = (text: string) => text.replace(/\$(\d)/g, (_, i: string) => subs[Number(i) - 1] ?? '');
    return entry.message.replace(/\$\$|\$([a-z0-9_@]+)\$/gi, (whole, name?: string) => {
      if (whole === '$$') return '$';
      const content = placeholders[name!.toLowerCase()];
      return content === undefined ? whole : filled(content);
    });
  };
}
