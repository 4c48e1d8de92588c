import type { HistoryHealth } from '../src/history/store';
import type { Translator } from '../src/i18n/translator';
import type { Handlers, Response } from '../src/messages';
import type { RoundRequest } from './round-runner';
import type { Site, Watchlist } from '../src/model';
import { defaultWatchlist, LIMITS } from '../src/settings/defaults';
import { presetById, presetSites } from '../src/settings/presets/index';
import { cleanText, isInvisible } from '../src/settings/clean-text';
import { normaliseSiteUrl } from '../src/settings/site-url';
import { checkPrefs, type NotificationPrefs } from '../src/settings/preferences';
import { InvalidWatchlist } from '../src/settings/store';
import { addToWatchlist, checkWatchlist, parseWatchlistText, problemText, WatchlistFull, type Problem } from '../src/settings/watchlist-file';

export interface CommandDeps {
  tr: Translator;
  loadWatchlist: () => Promise<{ watchlist: Watchlist; problems: Problem[] }>;
  /** Serialised: two quick edits never overwrite each other. */
  updateWatchlist: (change: (current: Watchlist) => Watchlist) => Promise<Watchlist>;
  round: (request: RoundRequest) => Promise<number>;
  resetPrefs: () => Promise<void>;
  savePrefs: (prefs: NotificationPrefs) => Promise<void>;
  health: () => Promise<HistoryHealth>;
  /** Cross-check a site from other networks (background/crosscheck-wiring.ts); absent: not available. */
  crossCheck?: (siteUrl: string) => Promise<Response<'crossCheck'>>;
}

/** A refused change in the user's words, one problem per line. */
function refusal(tr: Translator, error: unknown, reword = (problem: Problem) => problem): string {
  if (error instanceof InvalidWatchlist) return error.problems.map((p) => problemText(tr, reword(p))).join('\n');
  if (error instanceof WatchlistFull) return tr.say(error.problem);
  throw error;
}

/**
 * Applies a change the watchlist checks must accept whole. A refusal comes back as the checks'
 * words (optionally reworded) and nothing is stored.
 */
async function updateChecked(deps: CommandDeps, change: (current: Watchlist) => Watchlist, reword?: (problem: Problem) => Problem): Promise<Watchlist | { error: string }> {
  try {
    return await deps.updateWatchlist((current) => {
      const check = checkWatchlist(change(current));
      if (!check.ok) throw new InvalidWatchlist(check.errors);
      return check.watchlist;
    });
  } catch (error) {
    return { error: refusal(deps.tr, error, reword) };
  }
}

/** The background's answer to every command of src/messages.ts. */
export function commandHandlers(deps: CommandDeps): Handlers {
  const { tr } = deps;
  return {
    async health() {
      return { ok: true, ...(await deps.health()) };
    },

    // Answered once the background is ready: its start resumes a round that was cut short.
    async wake() {
      return { ok: true };
    },

    async checkNow({ siteUrl }) {
      const { watchlist } = await deps.loadWatchlist();
      const active = watchlist.sites.filter((s) => !s.paused && (!siteUrl || s.url === siteUrl));
      if (siteUrl && !active.length) return { ok: false, error: tr.t('command_not_watched_or_paused', siteUrl) };
      // Answer at once; the pages follow progress through the stored round and broadcasts.
      void deps.round(siteUrl ? { kind: 'site', siteUrl } : { kind: 'all' });
      return { ok: true, total: active.length };
    },

    async addSite({ url, name }) {
      const checked = normaliseSiteUrl(url);
      if (!checked.ok) return { ok: false, error: tr.say(checked.error) };
      // Controls and bidi overrides never reach a notification title; a name that shows nothing is refused.
      const trimmed = name === undefined ? undefined : cleanText(name);
      if (name?.trim() && isInvisible(trimmed ?? '')) return { ok: false, error: tr.t('input_invisible', tr.t('input_field_name')) };
      if (trimmed && trimmed.length > LIMITS.nameLength) return { ok: false, error: tr.t('command_name_too_long', LIMITS.nameLength) };
      const site = { url: checked.url, name: trimmed || new URL(checked.url).hostname };
      let duplicate = false;
      const next = await updateChecked(deps, (current) => {
        const merged = addToWatchlist(current, [site]);
        duplicate = merged.skipped.length > 0;
        return merged.watchlist;
      });
      if ('error' in next) return { ok: false, error: next.error };
      if (duplicate) return { ok: false, error: tr.t('command_already_watched', checked.url) };
      void deps.round({ kind: 'site', siteUrl: site.url });
      return { ok: true, site };
    },

    async removeSite({ url }) {
      let found = false;
      await deps.updateWatchlist((current) => {
        found = current.sites.some((s) => s.url === url);
        return { ...current, sites: current.sites.filter((s) => s.url !== url) };
      });
      return found ? { ok: true } : { ok: false, error: tr.t('command_not_watched', url) };
    },

    async setInterval({ minutes }) {
      if (!Number.isInteger(minutes) || minutes < LIMITS.intervalMinutes.min || minutes > LIMITS.intervalMinutes.max) {
        return { ok: false, error: tr.t('command_bad_interval', LIMITS.intervalMinutes.min, LIMITS.intervalMinutes.max) };
      }
      await deps.updateWatchlist((current) => ({ ...current, settings: { ...current.settings, intervalMinutes: minutes } }));
      return { ok: true };
    },

    async importWatchlist({ text, mode }) {
      const parsed = parseWatchlistText(text);
      if (!parsed.ok) return { ok: false, error: parsed.errors.map((p) => problemText(tr, p)).join('\n') };
      let added = 0;
      let skipped = 0;
      const next = await updateChecked(deps, (current) => {
        if (mode === 'replace') {
          added = parsed.watchlist.sites.length;
          return parsed.watchlist;
        }
        const merged = addToWatchlist(current, parsed.watchlist.sites);
        added = merged.added.length;
        skipped = merged.skipped.length;
        return merged.watchlist;
      });
      if ('error' in next) return { ok: false, error: next.error };
      // New sites have no state yet, so they are due now; the others keep their schedule.
      void deps.round({ kind: 'due' });
      return { ok: true, added, skipped, total: next.sites.length };
    },

    async updateSite({ url, site }) {
      // The editor shows one site: its field names need no "sites[3]." in front.
      const next = await updateChecked(
        deps,
        (current) => ({ ...current, sites: current.sites.map((s) => (s.url === url ? { ...site, url } : s)) }),
        (problem) => ({ ...problem, ...(problem.path ? { path: problem.path.replace(/^sites\[\d+\]\./, '') } : {}) }),
      );
      if ('error' in next) return { ok: false, error: next.error };
      const updated = next.sites.find((s) => s.url === url);
      return updated ? { ok: true, site: updated } : { ok: false, error: tr.t('command_not_watched', url) };
    },

    async updateSettings({ settings }) {
      const next = await updateChecked(deps, (current) => ({ ...current, settings }));
      return 'error' in next ? { ok: false, error: next.error } : { ok: true };
    },

    async addPreset({ preset: id }) {
      const preset = presetById(id);
      if (!preset) return { ok: false, error: tr.t('presets_unknown', id) };
      // Named in the user's language of the moment: the options page names the group the same way.
      const sites = presetSites(preset, tr.locale);
      let added = 0;
      const next = await updateChecked(deps, (current) => {
        const merged = addToWatchlist(current, sites);
        added = merged.added.length;
        return merged.watchlist;
      });
      if ('error' in next) return { ok: false, error: next.error };
      void deps.round({ kind: 'due' });
      return { ok: true, added, group: sites[0]?.group ?? '' };
    },

    async removePreset({ preset: id }) {
      const preset = presetById(id);
      if (!preset) return { ok: false, error: tr.t('presets_unknown', id) };
      // By address, never by group name: a group is the user's word and may hold their own sites.
      const own = new Set(preset.entries.map((e) => e.url));
      let removed: Site[] = [];
      await deps.updateWatchlist((current) => {
        removed = current.sites.filter((s) => own.has(s.url));
        return removed.length ? { ...current, sites: current.sites.filter((s) => !own.has(s.url)) } : current;
      });
      return { ok: true, removed };
    },

    async putBackSites({ sites }) {
      let added = 0;
      const next = await updateChecked(deps, (current) => {
        const list = [...current.sites];
        const watched = new Set(list.map((s) => s.url));
        // In the order of their old places, so that each lands where it was.
        for (const { site, index } of [...sites].sort((a, b) => a.index - b.index)) {
          if (watched.has(site.url)) continue;
          list.splice(Math.max(0, Math.min(index, list.length)), 0, site);
          watched.add(site.url);
          added += 1;
        }
        return { ...current, sites: list };
      });
      if ('error' in next) return { ok: false, error: next.error };
      if (added) void deps.round({ kind: 'due' });
      return { ok: true, added };
    },

    async reset() {
      await deps.updateWatchlist(() => defaultWatchlist());
      await deps.resetPrefs();
      void deps.round({ kind: 'due' });
      return { ok: true };
    },

    async setNotificationPrefs({ prefs }) {
      const checked = checkPrefs(prefs);
      if (!checked) return { ok: false, error: tr.t('command_bad_prefs') };
      await deps.savePrefs(checked);
      return { ok: true };
    },

    async crossCheck({ siteUrl }) {
      if (!deps.crossCheck) return { ok: false, error: tr.t('crosscheck_disabled') };
      const { watchlist } = await deps.loadWatchlist();
      if (!watchlist.sites.some((s) => s.url === siteUrl && !s.paused)) return { ok: false, error: tr.t('command_not_watched_or_paused', siteUrl) };
      return deps.crossCheck(siteUrl);
    },
  };
}
