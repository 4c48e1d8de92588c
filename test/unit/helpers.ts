import enCatalog from '../../_locales/en/messages.json';
import { catalogLookup, makeTranslator, type Catalog } from '../../src/i18n/translator';
import type { ProbeResult, Site, WatchSettings } from '../../src/model';
import { defaultSettings } from '../../src/settings/defaults';

export const SITE: Site = { url: 'https://www.europarl.europa.eu/', name: 'European Parliament', group: 'EU institutions' };

export function settings(overrides: Partial<WatchSettings> = {}): WatchSettings {
  return { ...defaultSettings(), canaries: [], ...overrides };
}

export function result(overrides: Partial<ProbeResult> = {}): ProbeResult {
  return { siteUrl: SITE.url, at: 1_000_000, outcome: 'up', httpStatus: 200, ttfbMs: 120, totalMs: 150, bytesRead: 2048, evidence: {}, ...overrides };
}

export function down(cause: ProbeResult['cause'], overrides: Partial<ProbeResult> = {}): ProbeResult {
  return result({ outcome: 'down', cause, ...(cause === 'http' ? { httpStatus: 503 } : { httpStatus: undefined }), ...overrides });
}

/** A tiny Headers stand-in built from a plain object. */
export function headers(values: Record<string, string> = {}): Headers {
  return new Headers(values);
}

/** Checks stored for these sites, read back through the history's door. */
export async function countChecks(history: { recentChecks(siteUrl: string, since: number): Promise<unknown[]> }, siteUrls: readonly string[] = [SITE.url]): Promise<number> {
  const all = await Promise.all(siteUrls.map((url) => history.recentChecks(url, 0)));
  return all.reduce((n, checks) => n + checks.length, 0);
}

/** The English catalog with the browsers' substitution rules: what a user with an English browser reads. */
export const en = makeTranslator(catalogLookup(enCatalog as Catalog), 'en', 'en-US');
