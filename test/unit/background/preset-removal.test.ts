import { describe, expect, it } from 'vitest';
import type { Watchlist } from '../../../src/model';
import { defaultWatchlist, watchlistOf } from '../../../src/settings/defaults';
import { EU_GROUP, EU_INSTITUTIONS } from '../../../src/settings/eu-institutions';
import { en } from '../helpers';
import { watchlistCommands } from './watchlist-commands';

const setup = (initial: Watchlist) => watchlistCommands(initial);

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

describe('putBackSites (Undo)', () => {
  it('puts removed sites back at their old places, with every field, and leaves one watched again alone', async () => {
    const list = [own[0]!, EU_INSTITUTIONS[0]!, own[1]!, EU_INSTITUTIONS[1]!, own[2]!];
    const t = setup(watchlistOf(list));
    const answer = await t.handlers.removePreset({ preset: 'eu-institutions' });
    expect(t.stored().sites).toEqual([own[0], own[1], own[2]]);
    const removed = answer.ok ? answer.removed : [];
    expect(await t.handlers.putBackSites({ sites: removed.map((site) => ({ site, index: list.findIndex((s) => s.url === site.url) })) })).toEqual({ ok: true, added: 2 });
    expect(t.stored().sites).toEqual(list);
    // Twice: nothing doubled.
    expect(await t.handlers.putBackSites({ sites: [{ site: EU_INSTITUTIONS[0]!, index: 1 }] })).toEqual({ ok: true, added: 0 });
    expect(t.stored().sites).toEqual(list);
  });

  it('refuses what the watchlist checks refuse, changing nothing', async () => {
    const t = setup(watchlistOf(own.slice(0, 1)));
    const answer = await t.handlers.putBackSites({ sites: [{ site: { url: 'ftp://x', name: 'X' }, index: 0 }] });
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/ftp:\/\/x/) });
    expect(t.stored().sites).toEqual(own.slice(0, 1));
  });
});
