import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogLookup, makeTranslator, type Catalog } from '../../../src/i18n/translator';

const catalog = (lang: string) => JSON.parse(readFileSync(new URL(`../../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalog;
const translator = (lang: string) => makeTranslator(catalogLookup(catalog(lang)), lang);

describe('plurals by CLDR', () => {
  it('French picks one for 0 and 1, many for millions, other for the rest', () => {
    const fr = translator('fr');
    const lookups: string[] = [];
    const spy = makeTranslator((key, subs) => (lookups.push(key), catalogLookup(catalog('fr'))(key, subs)), 'fr');
    for (const n of [0, 1, 2, 1_000_000]) spy.n('interval_minutes', n);
    expect(lookups).toEqual(['interval_minutes_one', 'interval_minutes_one', 'interval_minutes_other', 'interval_minutes_many']);
    expect(fr.n('interval_minutes', 0)).toBe('0 minute');
    expect(fr.n('interval_minutes', 2)).toBe('2 minutes');
    expect(fr.n('interval_minutes', 1_000_000)).toBe('1\u202f000\u202f000 minutes');
  });

  it('English and German: one for 1 only', () => {
    expect(translator('en').n('interval_minutes', 0)).toBe('0 minutes');
    expect(translator('en').n('interval_minutes', 1)).toBe('1 minute');
    expect(translator('de').n('interval_minutes', 1)).toBe('1 Minute');
    expect(translator('de').n('interval_minutes', 5)).toBe('5 Minuten');
  });

  it('a language whose catalog lacks a form falls back to "other", never to a key', () => {
    const pl = makeTranslator(catalogLookup(catalog('en')), 'pl');
    expect(pl.n('interval_minutes', 5)).toBe('5 minutes');
    expect(pl.n('interval_minutes', 22)).toBe('22 minutes');
  });

  it('two numbers: the French words agree with neither the count nor the other number', () => {
    const fr = translator('fr');
    expect(fr.n('summary_down', 5, 1)).toBe('1 sur 5 sites hors service');
    expect(fr.n('notify_down_all', 3, 1)).toBe('1 sur 3 sites hors service');
    expect(fr.n('summary_partly_checked', 3, 1, 2)).toBe('1 sur 3 sites en ligne, 2 en attente de vérification');
  });
});
