import type { Translator } from '../i18n/translator';
import type { Cause, Site, SiteState } from '../model';
import { summarise, type Summary } from './glance';
import { shownStatus } from './shown-status';

/**
 * The popup's first line answers the question people ask during an attack: is it the site, or is it
 * me? Pure: built from the glance's counts and from what proves the user's own connection works.
 */
export interface IsItMe {
  line: string;
  /** How the line is coloured (never the only signal: the words say it). */
  tone: 'down' | 'offline' | 'fine' | 'neutral';
  /** Every checked site is `offline`: the popup shows one panel instead of a row per site. */
  allOffline: boolean;
  summary: Summary;
}

/** Causes that are an answer from the site's side: the connection reached something. */
const ANSWERED: ReadonlySet<Cause> = new Set(['http', 'redirect', 'content']);

/**
 * Does the evidence say the user's connection works? A site that answered proves it; so does a
 * `down` verdict when canaries are set, since the monitor only says `down` (not `offline`) for a
 * connection failure after a canary answered. With no canaries, a failure that could be local
 * proves nothing.
 */
export function connectionWorks(sites: readonly Site[], states: ReadonlyMap<string, SiteState>, canaries: readonly string[]): boolean {
  for (const site of sites) {
    const state = states.get(site.url);
    const status = shownStatus(site, state);
    if (status === 'up' || status === 'slow' || status === 'shielded') return true;
    if (status === 'down' && (canaries.length > 0 || (state?.cause !== undefined && ANSWERED.has(state.cause)))) return true;
  }
  return false;
}

export function isItMe(tr: Translator, sites: readonly Site[], states: ReadonlyMap<string, SiteState>, canaries: readonly string[]): IsItMe {
  const summary = summarise(tr, sites, states);
  const { counts } = summary;
  const answered = counts.up + counts.slow + counts.shielded;
  const allOffline = counts.offline > 0 && answered === 0 && counts.down === 0;
  const works = connectionWorks(sites, states, canaries);
  if (counts.down) {
    if (counts.offline) return { line: tr.n('glance_down_mixed', counts.down), tone: 'down', allOffline, summary };
    return { line: tr.n(works ? 'glance_down_not_you' : 'glance_down_unverified', counts.down), tone: 'down', allOffline, summary };
  }
  if (allOffline) return { line: tr.t('summary_offline'), tone: 'offline', allOffline, summary };
  if (counts.offline) return { line: tr.n('glance_some_offline', counts.offline), tone: 'offline', allOffline, summary };
  return { line: summary.line, tone: counts.unknown === summary.total ? 'neutral' : 'fine', allOffline, summary };
}
