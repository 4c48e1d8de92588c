// Every unit test starts from an empty IndexedDB and a fresh fake browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';
import enCatalog from '../../_locales/en/messages.json';
import { catalogLookup, type Catalog } from '../../src/i18n/translator';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/** fake-browser leaves i18n unimplemented: answer from the English catalog, as an English browser would. */
function speakEnglish(): void {
  const lookup = catalogLookup(enCatalog as Catalog);
  fakeBrowser.i18n.getMessage = (key: string, subs?: string | Array<string | number>) => lookup(key, subs === undefined ? [] : ([] as Array<string | number>).concat(subs).map(String));
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
}
// Now, too: the pages' translator (ui/i18n.ts) is built when its module is imported.
speakEnglish();

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  speakEnglish();
});
