import { browserTranslator } from '../src/platform/i18n';

/** The pages' one translator; the page's language is the catalog's, for screen readers and hyphenation. */
export const tr = browserTranslator();
if (typeof document !== 'undefined') document.documentElement.lang = tr.locale;
