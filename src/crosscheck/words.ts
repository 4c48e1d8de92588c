import { clockTime, formatList, shortTime } from '../i18n/format';
import type { MessageKey, PluralBase, Sub, Translator } from '../i18n/translator';
import type { VerdictArg, VerdictWords } from './types';

/** A country code in the reader's language ("DE" → "Germany", "Allemagne", "Deutschland"). */
export function countryName(tr: Translator, code: string): string {
  try {
    return new Intl.DisplayNames([tr.locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function sub(tr: Translator, arg: VerdictArg, now: number | undefined): Sub {
  if (typeof arg === 'number' || typeof arg === 'string') return arg;
  if ('countries' in arg) return formatList(tr, arg.countries.map((c) => countryName(tr, c)));
  return now === undefined ? clockTime(tr, arg.time) : shortTime(tr, arg.time, now);
}

/**
 * A verdict's sentence, in the reader's language (the key and its arguments were stored, not words).
 * With `now`, a reset time today is said as a time of day ("14:05"); without, in full.
 */
export function sayVerdict(tr: Translator, words: VerdictWords, now?: number): string {
  const subs = words.args.map((a) => sub(tr, a, now));
  if (words.plural && typeof subs[0] === 'number') return tr.n(words.key as PluralBase, subs[0], ...subs.slice(1));
  return tr.t(words.key as MessageKey, ...subs);
}
