import { describe, expect, it } from 'vitest';
import { ago, formatDuration, formatPercent, shortTime } from '../../../src/i18n/format';
import { catalogLookup, makeTranslator, message, type Catalog } from '../../../src/i18n/translator';

const catalog: Catalog = {
  down_one: { message: '$DOWN$ of $TOTAL$ site down', placeholders: { total: { content: '$1' }, down: { content: '$2' } } },
  down_other: { message: '$Down$ of $TOTAL$ sites down', placeholders: { TOTAL: { content: '$1' }, down: { content: '$2' } } },
  price: { message: 'costs $$5 for $WHO$', placeholders: { who: { content: '$1' } } },
  at: { message: '$FIELD$: $PROBLEM$', placeholders: { field: { content: '$1' }, problem: { content: '$2' } } },
  nothing: { message: 'nothing' },
};

describe('the translator', () => {
  const tr = makeTranslator(catalogLookup(catalog), 'en', 'en-GB');

  it('substitutes as the browsers do: named placeholders in any case, $$ for a dollar, numbers in the locale', () => {
    expect(tr.n('down' as never, 1200, 3)).toBe('3 of 1,200 sites down');
    expect(tr.n('down' as never, 1, 1)).toBe('1 of 1 site down');
    expect(tr.t('price' as never, 'me')).toBe('costs $5 for me');
    expect(tr.say(message('at' as never, 'sites[0].url', message('nothing' as never)))).toBe('sites[0].url: nothing');
  });

  it('shows a missing key rather than nothing', () => {
    expect(tr.t('no_such_key' as never)).toBe('no_such_key');
  });

  it('formats in the user’s variant of the catalog’s language, else in the catalog’s', () => {
    expect(tr.locale).toBe('en-GB');
    expect(makeTranslator(catalogLookup(catalog), 'en', 'it-IT').locale).toBe('en');
    const fr = makeTranslator(catalogLookup(catalog), 'fr', 'fr-FR');
    expect(formatPercent(fr, 0.992)).toMatch(/^99,2\s%$/);
    expect(formatPercent(fr, 0.99999)).toMatch(/^99,9\s%$/);
    expect(formatDuration(fr, 125 * 60_000)).toMatch(/^2\sh 5\smin$/);
    const de = makeTranslator(catalogLookup(catalog), 'de', 'de-DE');
    expect(ago(de, 0, 3 * 60_000)).toBe('vor 3 Minuten');
    const at = new Date(2026, 10, 24, 14, 5).getTime();
    expect(shortTime(tr, at, at + 60_000)).toBe('14:05');
    expect(shortTime(de, at, at + 86_400_000)).toBe('24. Nov., 14:05');
  });
});
