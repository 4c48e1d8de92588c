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

describe('a watchlist stored before the door got stricter (issue 11)', () => {
  it('is mended, not set aside: fractions rounded, local canaries dropped, invisible names back to the host', async () => {
    const older = {
      ...defaultWatchlist(),
      settings: { intervalMinutes: 5, timeoutSeconds: 20.4, retry: { attempts: 1.5, delaySeconds: 20 }, canaries: ['http://192.168.0.1/reboot', 'https://www.gstatic.com/generate_204'] },
      sites: [{ url: 'https://a.example.org/', name: '\u202E\u200B', slowMs: 1500.5 }, { url: 'https://b.example.org/', name: 'B \u202Egnp.exe\u202C' }],
    };
    const store = memoryStore({ [WATCHLIST_KEY]: older });
    for (const loaded of [await loadWatchlist(store), await peekWatchlist(store)]) {
      expect(loaded.problems).toEqual([]);
      expect(loaded.watchlist.settings).toEqual({ intervalMinutes: 5, timeoutSeconds: 20, retry: { attempts: 2, delaySeconds: 20 }, canaries: ['https://www.gstatic.com/generate_204'] });
      expect(loaded.watchlist.sites).toEqual([{ url: 'https://a.example.org/', name: 'a.example.org', slowMs: 1501 }, { url: 'https://b.example.org/', name: 'B gnp.exe' }]);
    }
    expect(store.data.has(DAMAGED_KEY)).toBe(false);
  });

  it('a list of only local canaries gives way to the default ones', async () => {
    const store = memoryStore({ [WATCHLIST_KEY]: { ...defaultWatchlist(), settings: { ...defaultWatchlist().settings, canaries: ['http://10.0.0.1/'] } } });
    expect((await loadWatchlist(store)).watchlist.settings.canaries).toEqual(defaultWatchlist().settings.canaries);
  });

  it('anything else wrong is still reported', async () => {
    const store = memoryStore({ [WATCHLIST_KEY]: { ...defaultWatchlist(), settings: { ...defaultWatchlist().settings, canaries: ['ftp://x.org/'] } } });
    expect((await loadWatchlist(store)).problems.map((p) => problemText(en, p))).toEqual(['settings.canaries[0]: "ftp://x.org/" is not a web address: only http:// and https:// sites can be watched']);
  });
});
