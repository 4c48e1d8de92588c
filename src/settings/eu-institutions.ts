import type { Site } from '../model';
import { EU_PRESET } from './presets/eu';

/**
 * The embedded default watchlist: the EU institutions. All are under *.europa.eu, which is the one
 * host permission Vigil asks for at install, so it works with no setup. Their names in the other
 * EU languages live in presets/eu.ts; the stored name stays English.
 */
export const EU_GROUP = 'EU institutions';

export const EU_INSTITUTIONS: readonly Site[] = EU_PRESET.entries.map((e) => ({ url: e.url, name: e.name, group: EU_GROUP }));
