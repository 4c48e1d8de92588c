import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';

/** A site just removed, and the place it had in the watchlist. */
export interface Removed {
  site: Site;
  index: number;
}

/** The removed sites with their places in `before`, the watchlist as the page showed it at the click. */
export function withPlaces(removed: readonly Site[], before: readonly Site[]): Removed[] {
  return removed.map((site) => ({ site, index: before.findIndex((s) => s.url === site.url) })).map((r) => (r.index < 0 ? { ...r, index: before.length } : r));
}

/**
 * Undo of a removal: the sites come back where they were, with every field they had (group,
 * expected text …), and the background gives each its state and open outage back (within the hour
 * Undo reaches).
 */
export async function putBack(sites: readonly Removed[]): Promise<{ ok: true; added: number } | { ok: false; error: string }> {
  return send('putBackSites', { sites: [...sites] });
}
