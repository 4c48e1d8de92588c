import type { Preset } from '../types';

/** One file per country, each entry with its source. */
export const COUNTRY_PRESETS: readonly Preset[] = [];
