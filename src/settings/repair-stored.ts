import { cleanText, isInvisible } from './clean-text';
import { DEFAULT_CANARIES } from './defaults';
import { normaliseCanaryUrl } from './site-url';

/**
 * A watchlist stored by an earlier Vigil may hold what is refused at the door now (issue 11):
 * fractional minutes or attempts, a canary on the local network, a name of invisible characters.
 * Refusing it on read would set the user's whole watchlist aside for the defaults, so what the
 * checks would refuse for these reasons alone is mended first: numbers rounded, such canaries
 * dropped (they are never fetched again; the default ones stand in if none is left), invisible
 * names back to the host name. Anything else
 * wrong is left for the checks to report. Files and forms are never mended: they are refused.
 */
export function repairStored(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const out: Json = { ...raw };
  if (isObject(raw.settings)) {
    const settings: Json = { ...raw.settings, intervalMinutes: whole(raw.settings.intervalMinutes), timeoutSeconds: whole(raw.settings.timeoutSeconds) };
    if (isObject(raw.settings.retry)) settings.retry = { ...raw.settings.retry, attempts: whole(raw.settings.retry.attempts), delaySeconds: whole(raw.settings.retry.delaySeconds) };
    if (Array.isArray(raw.settings.canaries)) {
      const kept = raw.settings.canaries.filter((c: unknown) => typeof c !== 'string' || !isRefusedForScope(c));
      // Left with none, the connection could no longer be told from the sites: the defaults stand in.
      settings.canaries = kept.length || !raw.settings.canaries.length ? kept : [...DEFAULT_CANARIES];
    }
    out.settings = dropUndefined(settings);
  }
  if (Array.isArray(raw.sites)) {
    out.sites = raw.sites.map((site: unknown) => {
      if (!isObject(site)) return site;
      const mended: Json = { ...site, slowMs: whole(site.slowMs) };
      for (const key of ['name', 'group', 'expectText']) {
        const v = mended[key];
        if (typeof v === 'string' && v.trim() && isInvisible(cleanText(v))) delete mended[key];
      }
      return dropUndefined(mended);
    });
  }
  return out;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function whole(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value) ? Math.round(value) : value;
}

function dropUndefined(value: Json): Json {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** A canary an earlier Vigil accepted that the door now refuses: on this computer or the local network, or not https. */
function isRefusedForScope(canary: string): boolean {
  const checked = normaliseCanaryUrl(canary);
  return !checked.ok && /^input_canary_/.test(checked.error.key);
}
