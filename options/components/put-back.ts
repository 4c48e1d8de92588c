import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { watchlistOf } from '../../src/settings/defaults';
import { serialiseWatchlist } from '../../src/settings/watchlist-file';

/**
 * Undo of a removal: the sites come back with every field they had (group, expected text …), and
 * the background gives each its state and open outage back (within the hour Undo reaches).
 */
export async function putBack(sites: readonly Site[]): Promise<{ ok: true; added: number } | { ok: false; error: string }> {
  const answer = await send('importWatchlist', { text: serialiseWatchlist(watchlistOf([...sites])), mode: 'add' });
  return answer.ok ? { ok: true, added: answer.added } : answer;
}
