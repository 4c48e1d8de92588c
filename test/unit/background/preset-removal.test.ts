import { describe, expect, it } from 'vitest';
import { commandHandlers } from '../../../background/commands';
import type { Watchlist } from '../../../src/model';
import { defaultWatchlist, watchlistOf } from '../../../src/settings/defaults';
import { EU_GROUP, EU_INSTITUTIONS } from '../../../src/settings/eu-institutions';
import { en } from '../helpers';

function setup(initial: Watchlist) {
  let stored = structuredClone(initial);
  const handlers = commandHandlers({
    tr: en,
    loadWatchlist: async () => ({ watchlist: structuredClone(stored), problems: [] }),
    updateWatchlist: async (change) => (stored = change(structuredClone(stored))),
    round: async () => 0,
    resetPrefs: async () => {},
    savePrefs: async () => {},
    health: async () => ({}),
  });
  return { handlers, stored: () => stored };
}

/** The trap of issue 12: the user's own sites under the preset's group name. */
const own = Array.from({ length: 15 }, (_, i) => ({ url: `https://agency-${i}.example.org/`, name: `Agency ${i}`, group: EU_GROUP }));

describe('removePreset', () => {
  it('removes nothing of the user’s own sites that merely share the group’s name', async () => {
    const t = setup(watchlistOf(own));
    expect(await t.handlers.removePreset({ preset: 'eu-institutions' })).toEqual({ ok: true, removed: [] });
    expect(t.stored().sites).toEqual(own);
  });

  it('removes the preset’s own addresses, in any group, and answers with them as they were', async () => {
    const renamed = { ...EU_INSTITUTIONS[0]!, group: 'Mine', expectText: 'Parliament' };
    const t = setup(watchlistOf([...own.slice(0, 3), renamed, ...EU_INSTITUTIONS.slice(1)]));
    const answer = await t.handlers.removePreset({ preset: 'eu-institutions' });
    expect(answer).toEqual({ ok: true, removed: [renamed, ...EU_INSTITUTIONS.slice(1)] });
    expect(t.stored().sites).toEqual(own.slice(0, 3));
  });

  it('refuses an unknown preset, changing nothing', async () => {
    const t = setup(defaultWatchlist());
    expect(await t.handlers.removePreset({ preset: 'atlantis' })).toEqual({ ok: false, error: en.t('presets_unknown', 'atlantis') });
    expect(t.stored()).toEqual(defaultWatchlist());
  });
});
