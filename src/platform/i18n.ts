import { makeTranslator, type Translator } from '../i18n/translator';
import { browser } from './browser';

/**
 * The browser's own catalog lookup. The catalog names its language in its `locale` message, so plural
 * rules and Intl formats follow the language the words are actually in (an Italian browser reads the
 * English fallback, with English plurals).
 */
export function browserTranslator(): Translator {
  const catalogLocale = browser.i18n.getMessage('locale') || 'en';
  return makeTranslator((key, subs) => browser.i18n.getMessage(key, subs), catalogLocale, browser.i18n.getUILanguage());
}
