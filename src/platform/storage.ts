import type { KeyValueStore } from '../settings/store';
import { browser } from './browser';

/** browser.storage.local as the settings layer's key-value store. */
export const localStore: KeyValueStore = {
  async get(key) {
    const items = await browser.storage.local.get(key);
    return items[key];
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
};

export async function removeStored(key: string): Promise<void> {
  await browser.storage.local.remove(key);
}

/** Returns the unsubscribe function: a page that goes away stops listening. */
export function onStoredChange(key: string, listener: () => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && key in changes) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** Calls `listener` when any of `keys` changes in storage.local; returns the unsubscribe (for components). */
export function watchStored(keys: readonly string[], listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
