/**
 * A preset is data: the sites people look up during an attack wave, each with its public source.
 * Kept apart from the code so a reviewer can check every address against its source.
 */

/** What an institution is; the catalog sorts and the tests check by it. */
export type PresetKind =
  | 'eu-institution'
  | 'parliament'
  | 'head-of-state'
  | 'government'
  | 'portal'
  | 'cert'
  | 'central-bank'
  | 'ministry'
  | 'transport'
  | 'court'
  | 'agency';

/** Names by BCP 47 language (base subtag: "fi", "sv", "ga"). */
export type Names = Readonly<Partial<Record<string, string>>>;

export interface PresetEntry {
  /** The institution's own address, https, normalised as Vigil stores it (origin + "/"). */
  url: string;
  /** The name stored in the watchlist when the preset is added; a key of `names` gives it. */
  name: string;
  /** Official names: the country's own language(s) first, English where known, the EU's 24 for EU bodies. */
  names: Names;
  /** ISO 3166-1 alpha-2 of the country, "EU" for the Union's bodies. */
  country: string;
  kind: PresetKind;
  /** A public page that shows this address is the institution's. */
  source: string;
}

export interface Preset {
  /** "eu-institutions", or the country code in lower case ("fi"). */
  id: string;
  /** ISO 3166-1 alpha-2, "EU" for the Union's bodies. */
  country: string;
  /** The country's official languages, the first one giving the stored names. */
  languages: readonly string[];
  entries: readonly PresetEntry[];
}

/** One country's entries, written once with the country's code and first language filled in. */
export function countryPreset(country: string, languages: readonly string[], entries: ReadonlyArray<Omit<PresetEntry, 'country' | 'name'>>): Preset {
  const first = languages[0]!;
  return {
    id: country.toLowerCase(),
    country,
    languages,
    entries: entries.map((e) => ({ ...e, country, name: e.names[first] ?? e.names.en ?? new URL(e.url).hostname })),
  };
}
