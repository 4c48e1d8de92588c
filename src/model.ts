// The shared vocabulary of Vigil (see DESIGN.md "Words"). Every layer speaks in these types.
import type { Message } from './i18n/translator';
import type { WATCHLIST_FORMAT, WATCHLIST_VERSION } from './settings/watchlist-format';

/** What one probe saw. */
export type Outcome = 'up' | 'slow' | 'shielded' | 'down';

/** Why a `down` probe failed. */
export type Cause = 'http' | 'timeout' | 'dns' | 'refused' | 'tls' | 'network' | 'redirect' | 'content';

/** A site's confirmed status: the outcomes plus what we cannot know. */
export type SiteStatus = Outcome | 'offline' | 'unknown';

export const OUTCOMES: readonly Outcome[] = ['up', 'slow', 'shielded', 'down'];
export const CAUSES: readonly Cause[] = ['http', 'timeout', 'dns', 'refused', 'tls', 'network', 'redirect', 'content'];
export const STATUSES: readonly SiteStatus[] = ['up', 'slow', 'shielded', 'down', 'offline', 'unknown'];

/** One watched site, exactly as stored in the watchlist file. */
export interface Site {
  /** Normalised URL; the site's identity everywhere (history keys, data-site-url). */
  url: string;
  name: string;
  group?: string;
  /** Text that must appear in the page for it to count as the real site. */
  expectText?: string;
  /** Hosts the site may redirect within; default: the URL's registrable domain. */
  hosts?: string[];
  /** Time to first byte above which the site is `slow`. */
  slowMs?: number;
  paused?: boolean;
}

export interface RetrySettings {
  /** How many confirmation re-probes before a failure counts as an outage. */
  attempts: number;
  delaySeconds: number;
}

export interface WatchSettings {
  intervalMinutes: number;
  timeoutSeconds: number;
  retry: RetrySettings;
  /** Endpoints outside the watchlist, used to tell "site down" from "my connection down". */
  canaries: string[];
}

/** The watchlist file (README "Watchlist file"); also the stored form. */
export interface Watchlist {
  format: typeof WATCHLIST_FORMAT;
  version: typeof WATCHLIST_VERSION;
  settings: WatchSettings;
  sites: Site[];
}

/** What a user or journalist needs to trust a verdict. */
export interface Evidence {
  /** The browser's own error string (net::ERR_…, NS_ERROR_…) or the fetch error message. */
  error?: string;
  /** Name of the protection layer that answered, e.g. "Cloudflare challenge". */
  fingerprint?: string;
  /** Who answered instead of the site: the protection layer or edge ("Cloudflare", "Myra Security"). */
  vendor?: string;
  /** What the protection layer did, when it decided about the visitor (shielded). */
  shield?: ShieldKind;
  /** Set when an edge answered because the site's own server failed (down, cause http). */
  edge?: EdgeEvidence;
  retryAfterSeconds?: number;
  /** Host the site redirected to, when the redirect left the site. */
  leftTo?: string;
  /** Present when the body read was cut at the cap. */
  truncated?: boolean;
  /** The time limit the probe gave up at (s), when it gave up: the reason is said in words from it. */
  timeoutSeconds?: number;
  /** Where the time went, from Resource Timing, when the browser discloses it (ms). */
  phases?: Phases;
}

/** What a protection layer did: challenged, blocked, checked for bots, blocked by region, rate limited. */
export type ShieldKind = 'challenge' | 'block' | 'bot_check' | 'check' | 'firewall' | 'geo_block' | 'rate_limit';

/** Why an edge could not give the site's page (see src/probe/shields/types.ts). */
export type EdgeReason = 'unreachable' | 'timeout' | 'bad_answer' | 'tls' | 'dns' | 'config' | 'origin_error';

export interface EdgeEvidence {
  reason: EdgeReason;
  /** The edge's own code: the status (522) or its numbered error (1016). */
  code?: number;
}

export interface Phases {
  dnsMs: number;
  connectMs: number;
  tlsMs: number;
  /** From sending the request to the first byte of the answer. */
  waitMs: number;
  /** From the start of the fetch to the first byte: the time to first byte as the network saw it. */
  firstByteMs: number;
}

/** One probe's result. Times are milliseconds; `at` is epoch ms when the probe started. */
export interface ProbeResult {
  siteUrl: string;
  at: number;
  outcome: Outcome;
  cause?: Cause;
  httpStatus?: number;
  /** Time to first byte (response headers). */
  ttfbMs?: number;
  totalMs: number;
  bytesRead: number;
  /** Where redirects ended, when that is not the site's own URL. */
  finalUrl?: string;
  evidence: Evidence;
}

/** A site's current state, kept in IndexedDB so the worker may die at any moment. */
export interface SiteState {
  siteUrl: string;
  status: SiteStatus;
  cause?: Cause;
  /** When the current status began (epoch ms). */
  since: number;
  lastCheckedAt?: number;
  last?: ProbeResult;
  /** When the scheduler should probe next (epoch ms). */
  nextDueAt: number;
  /** Failing probes in a row, for confirmation and backoff. */
  failures: number;
  /** Start of the current run of failing probes: an incident starts here once confirmed. */
  failingSince?: number;
  openIncidentId?: number;
  /** Vigil has no host permission for this site: it is `unknown`, never fetched, until granted. */
  needsPermission?: boolean;
}

/** One confirmed outage of one site, from the first failing probe to the first good one. */
export interface Incident {
  id?: number;
  siteUrl: string;
  start: number;
  end?: number;
  /** Set when the outage was not seen to end: the site was removed from the watchlist meanwhile. */
  endedBy?: 'unwatched';
  cause: Cause;
  firstEvidence: ProbeResult;
  lastEvidence: ProbeResult;
}

/**
 * A notification waiting to be shown, kept so a worker restart neither loses nor repeats it. It
 * stores what happened, not words: it is put into words when it is delivered (src/monitor/notice-text).
 */
export interface Notice {
  /** Deterministic, "<kind>:<incident id>": re-sending replaces, never duplicates. */
  id: string;
  kind: 'down' | 'recovered';
  incidentId: number;
  siteUrl: string;
  /** When it happened: the confirming check (down) or the first good one (recovered). */
  at: number;
  /** down: why the site failed, as a message key with its arguments. */
  reason?: Message;
  /** recovered: when the outage began. */
  since?: number;
  delivered: boolean;
  /** The words it was shown in, once delivered (a grouped notification's, when it was grouped). */
  shownAs?: { title: string; message: string };
}

/** What the monitor decided to tell, before the store gives it its incident's id. */
export type NoticeDraft = Omit<Notice, 'id' | 'incidentId' | 'delivered'>;

/** Progress of the current (or last) round, shown by the popup. */
export interface RoundProgress {
  running: boolean;
  startedAt: number;
  /** Last sign of life of the worker running it: a worker stopped mid-round leaves `running` behind. */
  aliveAt: number;
  finishedAt?: number;
  total: number;
  done: number;
  /** Sites of the round not decided yet: a worker that wakes after a stop finishes them first. */
  pending?: string[];
  /** How many times this round was cut short (the browser stopped the worker) and resumed. */
  resumed?: number;
}

/** A round whose worker has not been heard from for this long was cut short (worker stopped). */
export const ROUND_STALE_MS = 45_000;

export function roundIsRunning(round: RoundProgress | undefined, now: number): boolean {
  return Boolean(round?.running) && now - (round?.aliveAt ?? 0) < ROUND_STALE_MS;
}

