import type { Site } from '../model';
import { EU_BODIES } from './presets/eu-bodies';

/**
 * The embedded default watchlist: the EU institutions. All are under *.europa.eu, which is the one
 * host permission Vigil asks for at install, so it works with no setup. Their names in the other
 * EU languages live in presets/eu.ts, which this file does not import: the popup and the background
 * load the defaults, and each reader gets only their own language's names (presets/display-name.ts).
 */
export const EU_GROUP = 'EU institutions';

export const EU_INSTITUTIONS: readonly Site[] = EU_BODIES.map((b) => ({ url: b.url, name: b.name, group: EU_GROUP }));
