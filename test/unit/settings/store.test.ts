import { describe, expect, it } from 'vitest';
import { DAMAGED_KEY, loadWatchlist, peekWatchlist, saveWatchlist, WATCHLIST_KEY, type KeyValueStore } from '../../../src/settings/store';
import { defaultWatchlist } from '../../../src/settings/defaults';
import { problemText } from '../../../src/settings/watchlist-file';
import { en } from '../helpers';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return { data, get: async (k) => structuredClone(data.get(k)), set: async (k, v) => void data.set(k, structuredClone(v)) };
}

describe('watchlist store', () => {
  it('first run stores the EU institutions', async () => {
    const store = memoryStore();
    const loaded = await loadWatchlist(store);
    expect(loaded.firstRun).toBe(true);
    expect(loaded.watchlist.sites).toHaveLength(11);
    expect(store.data.get(WATCHLIST_KEY)).toEqual(defaultWatchlist());
  });

  it('a damaged stored watchlist is reported and kept aside, never overwritten', async () => {
    const damaged = { format: 'vigil-watchlist', version: 1, sites: [{ url: 'nope://' }] };
    const store = memoryStore({ [WATCHLIST_KEY]: damaged });
    const loaded = await loadWatchlist(store);
    expect(problemText(en, loaded.problems[0]!)).toMatch(/^sites\[0\]\.url/);
    expect(store.data.get(DAMAGED_KEY)).toEqual(damaged);
    expect(store.data.get(WATCHLIST_KEY)).toEqual(damaged);
    expect((await peekWatchlist(store)).problems).toEqual(loaded.problems);
  });

  it('refuses to store an invalid watchlist', async () => {
    const store = memoryStore();
    const bad = { ...defaultWatchlist(), sites: [{ url: 'ftp://x', name: 'x' }] };
    await expect(saveWatchlist(store, bad)).rejects.toThrow(/sites\[0\]\.url/);
    expect(store.data.has(WATCHLIST_KEY)).toBe(false);
  });

  it('peek never writes', async () => {
    const store = memoryStore();
    expect((await peekWatchlist(store)).firstRun).toBe(true);
    expect(store.data.size).toBe(0);
  });
});
