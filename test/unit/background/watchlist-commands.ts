import { commandHandlers } from '../../../background/commands';
import type { Translator } from '../../../src/i18n/translator';
import type { Watchlist } from '../../../src/model';
import { defaultWatchlist } from '../../../src/settings/defaults';
import { presetSource } from '../../../src/settings/presets/index';
import { en } from '../helpers';

/** The background's commands over a watchlist kept in memory, for the preset and watchlist tests. */
export function watchlistCommands(initial: Watchlist = defaultWatchlist(), tr: Translator = en) {
  let stored = structuredClone(initial);
  const handlers = commandHandlers({
    tr,
    loadWatchlist: async () => ({ watchlist: structuredClone(stored), problems: [] }),
    updateWatchlist: async (change) => (stored = change(structuredClone(stored))),
    round: async () => 0,
    resetPrefs: async () => {},
    savePrefs: async () => {},
    health: async () => ({}),
    presets: presetSource,
  });
  return { handlers, stored: () => stored };
}
