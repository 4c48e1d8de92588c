import type { LocationOption } from './api';

/**
 * Where the probes come from. To tell "down for everyone" from "only from your network" and from
 * "only from inside its own country" (the geo-block European government sites used in the DDoS waves
 * of 2022–2025), one measurement asks for: the site's home country when its domain names one, several
 * other European countries, and places outside Europe.
 *
 * Per-location `limit`s sum to the probes asked for. The spec: "Non-authenticated requests are
 * limited to a maximum of 50 probes", and the hourly allowance counts tests (probes), not
 * measurements ("250 free tests/hour"): a small spread leaves room for many users behind one address.
 */
export const HOME_PROBES = 3;
export const EUROPE_PROBES = 2;
export const OUTSIDE_PROBES = 2;
/** Countries with many Globalping probes, in the order they are picked. */
export const EUROPEAN_COUNTRIES = ['DE', 'FR', 'NL', 'PL', 'IT', 'ES', 'SE', 'CZ'] as const;
const EUROPE_COUNT = 4;

/** ccTLDs that are not the ISO 3166-1 code of the same country. */
const TLD_TO_COUNTRY: Record<string, string> = { uk: 'GB', el: 'GR' };
/** Two-letter TLDs that name no single country (.eu, .su) or are used as generic names (.io, .tv …). */
const NOT_A_HOME = new Set(['eu', 'su', 'io', 'tv', 'me', 'co', 'ai', 'fm', 'ly', 'gg', 'to', 'ws', 'cc', 'nu', 'tk', 'ac']);

/** The ISO country a site's domain says it is from (`.de`, `.gob.es`, `.gov.uk`), or none. */
export function homeCountry(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':')) return undefined;
  const tld = host.split('.').pop() ?? '';
  // `.gov` is the United States' federal government; `.com`, `.org`, `.int` … say nothing.
  if (tld === 'gov' || tld === 'mil') return 'US';
  if (!/^[a-z]{2}$/.test(tld) || NOT_A_HOME.has(tld)) return undefined;
  return TLD_TO_COUNTRY[tld] ?? tld.toUpperCase();
}

export interface Spread {
  home?: string;
  locations: LocationOption[];
  /** Sum of the limits: the most tests this measurement can cost. */
  probes: number;
}

export function spreadFor(siteUrl: string): Spread {
  const home = homeCountry(new URL(siteUrl).hostname);
  const locations: LocationOption[] = [];
  if (home) locations.push({ country: home, limit: HOME_PROBES });
  const european = EUROPEAN_COUNTRIES.filter((c) => c !== home).slice(0, home ? EUROPE_COUNT : EUROPE_COUNT + 1);
  for (const country of european) locations.push({ country, limit: EUROPE_PROBES });
  // Outside Europe: North America always, and Asia too, so a European geo-block shows from afar.
  if (home !== 'US') locations.push({ continent: 'NA', limit: OUTSIDE_PROBES });
  locations.push({ continent: 'AS', limit: home === 'US' ? OUTSIDE_PROBES : 1 });
  return { ...(home ? { home } : {}), locations, probes: locations.reduce((sum, l) => sum + (l.limit ?? 1), 0) };
}
