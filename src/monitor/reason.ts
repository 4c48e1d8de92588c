import { formatMs } from '../i18n/format';
import { message, type Message, type MessageKey, type Translator } from '../i18n/translator';
import type { EdgeReason, Evidence, ProbeResult, ShieldKind, Site, SiteState } from '../model';
import { parseShieldLabel, RATE_LIMITED } from '../probe/shield-labels';
import { causeOfNetError, UNSAFE_REDIRECT, unsafeRedirectScheme } from '../probe/net-errors';

/**
 * The verdict in words, for the popup row, the detail and the notification. Pure. Stored evidence
 * stays in English (it is a record); what the user reads is put into words here, in their language,
 * and in their words: what happened, not how it was measured. The measurements, the browser's error
 * name and the protection layer's name are in technicalDetails() (technical-details.ts), shown on
 * demand.
 */

export function downReason(tr: Translator, result: ProbeResult, site: Pick<Site, 'expectText'>): string {
  return tr.say(downReasonMessage(result, site));
}

/** Why a check failed, as a message to put into words later (stored in notices). */
export function downReasonMessage(result: ProbeResult, site: Pick<Site, 'expectText'>): Message {
  const e = result.evidence;
  switch (result.cause) {
    case 'http':
      // Down behind an edge: what the edge could not do, with its own code; who the edge is goes to the details.
      if (e.edge && e.vendor) return message(EDGE_KEYS[e.edge.reason], String(e.edge.code ?? result.httpStatus ?? '?'));
      return httpReason(result.httpStatus);
    case 'redirect': {
      if (e.leftTo) return message('plain_left_site', e.leftTo);
      const scheme = unsafeRedirectScheme(e.error);
      if (scheme) return message('input_reason_unsafe_redirect', scheme);
      return message(e.error && UNSAFE_REDIRECT.test(e.error) ? 'input_net_unsafe_redirect' : 'net_redirect_loop');
    }
    case 'content':
      return site.expectText ? message('plain_text_missing', site.expectText) : message('plain_text_missing_any');
    case 'timeout':
      if (e.timeoutSeconds !== undefined) return message(result.httpStatus === undefined ? 'plain_no_answer' : 'reason_unfinished', e.timeoutSeconds);
      return message(e.error && causeOfNetError(e.error).cause === 'timeout' ? 'net_timeout' : 'plain_timeout');
    default:
      return message(causeOfNetError(e.error).words);
  }
}

/** The HTTP codes a person meets most, each said for what it means; the others by their class. */
const HTTP_KEYS: Readonly<Record<number, MessageKey>> = {
  401: 'plain_http_401',
  403: 'plain_http_403',
  404: 'plain_http_404',
  410: 'plain_http_410',
  500: 'plain_http_500',
  502: 'plain_http_502',
  503: 'plain_http_503',
  504: 'plain_http_504',
};

/** "the server says it is unavailable (HTTP 503)": the meaning first, the code kept for whoever searches it. */
export function httpReason(status: number | undefined): Message {
  if (status === undefined) return message('plain_http_unknown');
  const key = HTTP_KEYS[status] ?? (status >= 500 && status < 600 ? 'plain_http_5xx' : status >= 400 && status < 500 ? 'plain_http_4xx' : 'plain_http_unexpected');
  // As a string: a code is a name, never a grouped number.
  return message(key, String(status));
}

const EDGE_KEYS: Record<EdgeReason, MessageKey> = {
  unreachable: 'plain_edge_unreachable',
  timeout: 'plain_edge_timeout',
  bad_answer: 'plain_edge_bad_answer',
  tls: 'plain_edge_tls',
  dns: 'plain_edge_dns',
  config: 'plain_edge_config',
  origin_error: 'plain_edge_origin_error',
};

/**
 * Notices stored before the reasons were said in plain words carry the old keys, which the catalog
 * no longer has: each is said with its plain successor (same arguments, or the code alone).
 */
const RENAMED: Readonly<Record<string, MessageKey>> = {
  reason_left_site: 'plain_left_site',
  reason_text_missing: 'plain_text_missing',
  reason_text_missing_any: 'plain_text_missing_any',
  reason_no_answer: 'plain_no_answer',
  reason_timeout: 'plain_timeout',
  net_headers_too_large: 'plain_net_headers_too_large',
};

export function plainStoredReason(reason: Message): Message {
  const key: string = reason.key;
  const subs = reason.subs ?? [];
  if (key === 'reason_http') return httpReason(typeof subs[0] === 'number' ? subs[0] : Number(subs[0]) || undefined);
  const edge = /^shield_edge_(.+)$/.exec(key)?.[1] as EdgeReason | undefined;
  if (edge && edge in EDGE_KEYS) return message(EDGE_KEYS[edge], ...subs.slice(1));
  const renamed = RENAMED[key];
  return renamed ? { key: renamed, ...(reason.subs ? { subs: reason.subs } : {}) } : reason;
}

const SHIELD_KEYS: Record<ShieldKind, MessageKey> = {
  challenge: 'shield_challenge',
  block: 'shield_block',
  bot_check: 'shield_bot_check',
  check: 'shield_check',
  firewall: 'shield_firewall',
  geo_block: 'shield_geo_block',
  rate_limit: 'shield_rate_limit',
};

const PLAIN_SHIELD_KEYS: Record<ShieldKind, MessageKey> = {
  challenge: 'plain_shield_challenge',
  block: 'plain_shield_block',
  bot_check: 'plain_shield_bot_check',
  check: 'plain_shield_check',
  firewall: 'plain_shield_firewall',
  geo_block: 'plain_shield_geo_block',
  rate_limit: 'plain_shield_rate_limit',
};

/** "Cloudflare challenge", "Rate limited by Akamai": who shielded the site and how (a technical detail). */
export function shieldWords(tr: Translator, evidence: Pick<Evidence, 'fingerprint' | 'vendor' | 'shield'>): string {
  if (evidence.vendor && evidence.shield) return tr.t(SHIELD_KEYS[evidence.shield], evidence.vendor);
  const fingerprint = evidence.fingerprint;
  if (fingerprint === undefined) return tr.t('shield_unknown');
  if (fingerprint === RATE_LIMITED) return tr.t('shield_rate_limited');
  // Records from before vendor and kind were kept hold only the English label.
  const known = parseShieldLabel(fingerprint);
  return known ? tr.t(SHIELD_KEYS[known.kind], known.vendor) : fingerprint;
}

/** "the site's protection asked for a bot check": what the shield did, as the user meets it. */
export function shieldReason(tr: Translator, evidence: Pick<Evidence, 'fingerprint' | 'vendor' | 'shield'>): string {
  const kind = evidence.shield ?? (evidence.fingerprint ? parseShieldLabel(evidence.fingerprint)?.kind : undefined);
  if (kind) return tr.t(PLAIN_SHIELD_KEYS[kind]);
  return tr.t(evidence.fingerprint === RATE_LIMITED ? 'plain_shield_rate_limited' : 'plain_shield_unknown');
}

/** The protection layer or edge a verdict names, if it names one (for the row's data-vendor). */
export function verdictVendor(state: SiteState | undefined): string | undefined {
  const last = state?.last;
  if (!state || !last?.evidence.vendor) return undefined;
  if (state.status === 'shielded' && last.outcome === 'shielded') return last.evidence.vendor;
  if (state.status === 'down' && last.evidence.edge) return last.evidence.vendor;
  return undefined;
}

export function stateReason(tr: Translator, state: SiteState | undefined, site: Site): string {
  if (site.paused) return tr.t('state_paused');
  if (state?.needsPermission) return tr.t('state_needs_permission');
  if (!state || state.status === 'unknown' || !state.last) return tr.t('state_not_checked');
  const last = state.last;
  switch (state.status) {
    case 'up':
      return tr.t('state_up');
    case 'slow':
      return tr.t('plain_state_slow', formatMs(tr, last.ttfbMs ?? last.totalMs));
    case 'shielded':
      return tr.t('state_shielded', shieldReason(tr, last.evidence));
    case 'offline':
      return tr.t('state_offline');
    case 'down':
      return tr.t('state_down', downReason(tr, last, site));
  }
}

/**
 * The check in a few plain words, for a tooltip or a line under a reason: how long it took and where
 * it ended. Everything else (codes, error names, phases, bytes, who answered) is a technical detail.
 */
export function evidenceLine(tr: Translator, result: ProbeResult): string {
  const parts = [tr.t(result.httpStatus === undefined ? 'plain_failed_after' : 'plain_answered_in', formatMs(tr, result.totalMs))];
  if (result.finalUrl && result.finalUrl !== result.siteUrl) parts.push(tr.t('evidence_ended_at', result.finalUrl));
  return parts.join(' · ');
}
