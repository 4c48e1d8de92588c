import { formatBytes, formatMs } from '../i18n/format';
import { message, type Message, type MessageKey, type Translator } from '../i18n/translator';
import type { EdgeReason, Evidence, ProbeResult, ShieldKind, Site, SiteState } from '../model';
import { parseShieldLabel, RATE_LIMITED } from '../probe/shield-labels';
import { causeOfNetError, UNSAFE_REDIRECT, unsafeRedirectScheme } from '../probe/net-errors';

/**
 * The verdict in words, for the popup row and the notification. Pure. Stored evidence stays in
 * English (it is a record); what the user reads is put into words here, in their language.
 */

export function downReason(tr: Translator, result: ProbeResult, site: Pick<Site, 'expectText'>): string {
  return tr.say(downReasonMessage(result, site));
}

/** Why a check failed, as a message to put into words later (stored in notices). */
export function downReasonMessage(result: ProbeResult, site: Pick<Site, 'expectText'>): Message {
  const e = result.evidence;
  switch (result.cause) {
    case 'http':
      // Down behind an edge: the edge is named with what it could not do, and its own code.
      if (e.edge && e.vendor) return message(EDGE_KEYS[e.edge.reason], e.vendor, String(e.edge.code ?? result.httpStatus ?? '?'));
      return message('reason_http', result.httpStatus ?? '?');
    case 'redirect': {
      if (e.leftTo) return message('reason_left_site', e.leftTo);
      const scheme = unsafeRedirectScheme(e.error);
      if (scheme) return message('input_reason_unsafe_redirect', scheme);
      return message(e.error && UNSAFE_REDIRECT.test(e.error) ? 'input_net_unsafe_redirect' : 'net_redirect_loop');
    }
    case 'content':
      return site.expectText ? message('reason_text_missing', site.expectText) : message('reason_text_missing_any');
    case 'timeout':
      if (e.timeoutSeconds !== undefined) return message(result.httpStatus === undefined ? 'reason_no_answer' : 'reason_unfinished', e.timeoutSeconds);
      return message(e.error && causeOfNetError(e.error).cause === 'timeout' ? 'net_timeout' : 'reason_timeout');
    default:
      return message(causeOfNetError(e.error).words);
  }
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

const EDGE_KEYS: Record<EdgeReason, MessageKey> = {
  unreachable: 'shield_edge_unreachable',
  timeout: 'shield_edge_timeout',
  bad_answer: 'shield_edge_bad_answer',
  tls: 'shield_edge_tls',
  dns: 'shield_edge_dns',
  config: 'shield_edge_config',
  origin_error: 'shield_edge_origin_error',
};

/** "Cloudflare challenge", "Rate limited by Akamai": who shielded the site and how, in the user's words. */
export function shieldWords(tr: Translator, evidence: Pick<Evidence, 'fingerprint' | 'vendor' | 'shield'>): string {
  if (evidence.vendor && evidence.shield) return tr.t(SHIELD_KEYS[evidence.shield], evidence.vendor);
  const fingerprint = evidence.fingerprint;
  if (fingerprint === undefined) return tr.t('shield_unknown');
  if (fingerprint === RATE_LIMITED) return tr.t('shield_rate_limited');
  // Records from before vendor and kind were kept hold only the English label.
  const known = parseShieldLabel(fingerprint);
  return known ? tr.t(SHIELD_KEYS[known.kind], known.vendor) : fingerprint;
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
      return tr.t('state_slow', formatMs(tr, last.ttfbMs ?? last.totalMs));
    case 'shielded':
      return tr.t('state_shielded', shieldWords(tr, last.evidence));
    case 'offline':
      return tr.t('state_offline');
    case 'down':
      return tr.t('state_down', downReason(tr, last, site));
  }
}

/** Everything the result holds as evidence, on one line: for a tooltip, a report, a journalist. */
export function evidenceLine(tr: Translator, result: ProbeResult): string {
  const e = result.evidence;
  const ms = (value: number) => formatMs(tr, value);
  const parts: string[] = [];
  if (result.httpStatus !== undefined) parts.push(tr.t('reason_http', result.httpStatus));
  if (e.edge && e.vendor) parts.push(downReason(tr, result, {}));
  else if (e.fingerprint) parts.push(shieldWords(tr, e));
  // The browser's own error string is shown as it came: it is what a search engine knows.
  if (e.error) parts.push(e.error);
  if (result.finalUrl && result.finalUrl !== result.siteUrl) parts.push(tr.t('evidence_ended_at', result.finalUrl));
  if (result.ttfbMs !== undefined) parts.push(tr.t('evidence_first_byte', ms(result.ttfbMs)));
  parts.push(tr.t('evidence_total', ms(result.totalMs)));
  if (e.phases) parts.push(tr.t('evidence_phases', ms(e.phases.dnsMs), ms(e.phases.connectMs), ms(e.phases.tlsMs), ms(e.phases.waitMs)));
  parts.push(tr.t(e.truncated ? 'evidence_read_cut' : 'evidence_read', formatBytes(tr, result.bytesRead)));
  if (e.retryAfterSeconds !== undefined) parts.push(tr.t('evidence_retry_after', e.retryAfterSeconds));
  return parts.join(' · ');
}
