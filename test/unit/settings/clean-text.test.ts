import { describe, expect, it } from 'vitest';
import { cleanText, isInvisible, showInvisible } from '../../../src/settings/clean-text';

describe('cleanText', () => {
  it.each([
    ['a right-to-left override that reverses a file name', 'Parliament \u202Egnp.exe\u202C', 'Parliament gnp.exe'],
    ['isolates and embeddings', '\u2066Council\u2069 \u202Aof\u202C the EU', 'Council of the EU'],
    ['direction marks', '\u200ECommission\u200F', 'Commission'],
    ['C0 and C1 controls', 'Court\u0000 of\u0007 Justice\u0085', 'Court of Justice'],
    ['line breaks and tabs become one space', 'European\n\tParliament', 'European Parliament'],
    ['zero-width spaces and the BOM', '\uFEFFEC\u200BB', 'ECB'],
    ['tag characters', 'ECA\u{E0041}\u{E0042}', 'ECA'],
    ['runs of spaces', '  European   Union  ', 'European Union'],
    ['a broken surrogate pair', 'EEAS\uD800', 'EEAS'],
  ])('removes %s', (_what, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it.each([
    ['Persian with a zero-width non-joiner', 'می\u200Cخواهم'],
    ['an emoji sequence joined by ZWJ', '👩\u200D🔬 Lab'],
    ['accents and other scripts', 'Европейски парламент — Ελληνικά — Überwachung'],
    ['right-to-left text without controls', 'البرلمان الأوروبي'],
  ])('keeps %s', (_what, input) => {
    expect(cleanText(input)).toBe(input);
  });

  it('drops joiners that join nothing', () => {
    expect(cleanText('\u200DEU\u200C \u200Dsite\u200C')).toBe('EU site');
  });

  it('refuses text that shows nothing once cleaned', () => {
    for (const blank of ['\u202E\u202C', '\u3164\u3164', '\u2800', '\u0301\u0301', '\u200D', '']) expect(isInvisible(cleanText(blank))).toBe(true);
    expect(isInvisible(cleanText('\u202EA'))).toBe(false);
  });

  it('shows what was hidden when quoting it back', () => {
    expect(showInvisible('"Parliament \u202Egnp.exe\u202C"')).toBe('"Parliament \\u202Egnp.exe\\u202C"');
  });
});
