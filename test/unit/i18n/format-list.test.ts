import { describe, expect, it } from 'vitest';
import { formatList } from '../../../src/i18n/format';
import { makeTranslator } from '../../../src/i18n/translator';

const translator = (locale: string) => makeTranslator(() => '', locale);

describe('formatList', () => {
  it('joins names as the language does', () => {
    expect(formatList(translator('en'), ['A', 'B', 'C'])).toBe('A, B, and C');
    expect(formatList(translator('de'), ['A', 'B'])).toBe('A und B');
  });

  it('where the runtime has no list data for the language (Irish, Maltese in Chromium), commas, never an English "and"', () => {
    expect(Intl.ListFormat.supportedLocalesOf(['xx'])).toEqual([]);
    expect(formatList(translator('xx'), ['A', 'B', 'C'])).toBe('A, B, C');
  });
});
