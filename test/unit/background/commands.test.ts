import { describe, expect, it } from 'vitest';
import { commandHandlers } from '../../../background/commands';
import type { Watchlist } from '../../../src/model';
import { defaultWatchlist } from '../../../src/settings/defaults';
import { EU_GROUP } from '../../../src/settings/eu-institutions';
import { en } from '../helpers';

function setup(initial: Watchlist = defaultWatchlist()) {
  let stored = structuredClone(initial);
  const rounds: unknown[] = [];
  let prefsReset = 0;
  const savedPrefs: unknown[] = [];
  const handlers = commandHandlers({
    tr: en,
    loadWatchlist: async () => ({ watchlist: structuredClone(stored), problems: [] }),
    updateWatchlist: async (change) => {
      stored = change(structuredClone(stored));
      return stored;
    },
    round: async (r) => (rounds.push(r), 0),
    resetPrefs: async () => void (prefsReset += 1),
    savePrefs: async (prefs) => void savedPrefs.push(prefs),
    health: async () => ({}),
  });
  return { handlers, stored: () => stored, rounds, prefsReset: () => prefsReset, savedPrefs };
}

const EP = 'https://www.europarl.europa.eu/';

describe('commands', () => {
  it('updateSite changes one site, and refuses invalid fields naming them, changing nothing', async () => {
    const t = setup();
    const ok = await t.handlers.updateSite({ url: EP, site: { url: EP, name: 'EP', expectText: 'Parliament', hosts: ['europarl.europa.eu'], slowMs: 2000, paused: true } });
    expect(ok).toMatchObject({ ok: true, site: { name: 'EP', paused: true, slowMs: 2000 } });
    const before = t.stored();
    const bad = await t.handlers.updateSite({ url: EP, site: { url: EP, name: 'EP', slowMs: 5 } });
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/^slowMs: expected a number of milliseconds from 100 to 60000, found 5/) });
    expect(t.stored()).toEqual(before);
  });

  it('a full watchlist refuses one more site, or a preset, in words, and stays as it was', async () => {
    const full = { ...defaultWatchlist(), sites: Array.from({ length: 500 }, (_, i) => ({ url: `https://site-${i}.example.org/`, name: `Site ${i}` })) };
    const t = setup(full);
    expect(await t.handlers.addSite({ url: 'https://one-more.example.org/' })).toEqual({ ok: false, error: 'A watchlist holds at most 500 sites; adding 1 would make 501' });
    expect(await t.handlers.addPreset({ preset: 'eu-institutions' })).toEqual({ ok: false, error: 'A watchlist holds at most 500 sites; adding 11 would make 511' });
    expect(t.stored().sites).toHaveLength(500);
    expect(t.rounds).toEqual([]);
  });

  it('updateSettings validates the whole settings block', async () => {
    const t = setup();
    expect(await t.handlers.updateSettings({ settings: { ...defaultWatchlist().settings, timeoutSeconds: 99 } })).toMatchObject({ ok: false, error: expect.stringMatching(/^settings\.timeoutSeconds/) });
    expect(await t.handlers.updateSettings({ settings: { ...defaultWatchlist().settings, timeoutSeconds: 10, canaries: [] } })).toEqual({ ok: true });
    expect(t.stored().settings).toMatchObject({ timeoutSeconds: 10, canaries: [] });
  });

  it('the EU preset is removed and added whole, and reset brings back the defaults', async () => {
    const t = setup();
    await t.handlers.addSite({ url: 'https://example.org', name: 'Mine' });
    expect(await t.handlers.removePreset({ preset: 'eu-institutions' })).toMatchObject({ ok: true, removed: expect.arrayContaining([expect.objectContaining({ group: EU_GROUP })]) });
    expect(t.stored().sites.map((s) => s.name)).toEqual(['Mine']);
    expect(await t.handlers.addPreset({ preset: 'eu-institutions' })).toEqual({ ok: true, added: 11, group: EU_GROUP });
    expect(await t.handlers.addPreset({ preset: 'eu-institutions' })).toEqual({ ok: true, added: 0, group: EU_GROUP });
    expect(await t.handlers.reset({})).toEqual({ ok: true });
    expect(t.stored()).toEqual(defaultWatchlist());
    expect(t.prefsReset()).toBe(1);
  });

  it('a bad import changes nothing and names the field', async () => {
    const t = setup();
    const answer = await t.handlers.importWatchlist({ text: '{"format":"vigil-watchlist","version":1,"sites":[{"url":"ftp://x"}]}', mode: 'replace' });
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^sites\[0\]\.url/) });
    expect(t.stored()).toEqual(defaultWatchlist());
  });
});

describe('notification preferences through a command', () => {
  it('are saved when whole, and refused with words when not', async () => {
    const t = setup();
    expect(await t.handlers.setNotificationPrefs({ prefs: { enabled: false, recoveries: true, quietUntil: 5 } })).toEqual({ ok: true });
    expect(t.savedPrefs).toEqual([{ enabled: false, recoveries: true, quietUntil: 5 }]);
    const bad = await t.handlers.setNotificationPrefs({ prefs: { enabled: 'yes', recoveries: true } as never });
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/cannot be saved/) });
    expect(t.savedPrefs).toHaveLength(1);
  });
});
