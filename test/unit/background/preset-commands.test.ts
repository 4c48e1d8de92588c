import { describe, expect, it } from 'vitest';
import frCatalog from '../../../_locales/fr/messages.json';
import type { Watchlist } from '../../../src/model';
import { catalogLookup, makeTranslator, type Catalog, type Translator } from '../../../src/i18n/translator';
import { defaultWatchlist } from '../../../src/settings/defaults';
import { presetById } from '../../../src/settings/presets/index';
import { en } from '../helpers';
import { watchlistCommands } from './watchlist-commands';

const setup = (tr: Translator, initial: Watchlist = defaultWatchlist()) => watchlistCommands(initial, tr);

describe('addPreset with a country preset', () => {
  const fi = presetById('fi')!;

  it('adds the country’s sites under its name in the user’s language, named in the country’s own, once', async () => {
    const t = setup(en);
    expect(await t.handlers.addPreset({ preset: 'fi' })).toEqual({ ok: true, added: fi.entries.length, group: 'Finland' });
    const added = t.stored().sites.filter((s) => s.group === 'Finland');
    expect(added.map((s) => [s.url, s.name])).toEqual(fi.entries.map((e) => [e.url, e.names.fi]));
    expect(await t.handlers.addPreset({ preset: 'fi' })).toEqual({ ok: true, added: 0, group: 'Finland' });
    expect(await t.handlers.removePreset({ preset: 'fi' })).toEqual({ ok: true, removed: added });
  });

  it('names the group in French for a French user', async () => {
    const fr = makeTranslator(catalogLookup(frCatalog as Catalog), 'fr');
    const t = setup(fr);
    expect(await t.handlers.addPreset({ preset: 'de' })).toMatchObject({ ok: true, group: 'Allemagne' });
  });

  it('refuses an unknown preset, changing nothing', async () => {
    const t = setup(en);
    const before = t.stored();
    expect(await t.handlers.addPreset({ preset: 'atlantis' })).toEqual({ ok: false, error: en.t('presets_unknown', 'atlantis') });
    expect(t.stored()).toEqual(before);
  });
});
