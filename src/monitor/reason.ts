import { formatBytes, formatMs } from '../i18n/format';
import type { Translator } from '../i18n/translator';
import type { ProbeResult, Site, SiteState } from '../model';
import { FINGERPRINTS, RATE_LIMITED } from '../probe/fingerprints';
import { causeOfNetError, UNSAFE_REDIRECT, unsafeRedirectScheme } from '../probe/net-errors';

/**
 * The verdict in words, for the popup row and the notification. Pure. Stored evidence stays in
 * English (it is a record); what the user reads is put into words here, in their language.
 */

export function downReason(tr: Translator, result: ProbeResult, site: Pick<Site, 'expectText'>): string {
  const e = result.evidence;
  switch (result.cause) {
    case 'http':
      return tr.t('reason_http', result.httpStatus ?? '?');
    case 'redirect': {
      if (e.leftTo) return tr.t('reason_left_site', e.leftTo);
      const scheme = unsafeRedirectScheme(e.error);
      if (scheme) return tr.t('input_reason_unsafe_redirect', scheme);
      return e.error && UNSAFE_REDIRECT.test(e.error) ? tr.t('input_net_unsafe_redirect') : tr.t('net_redirect_loop');
    }
    case 'content':
      return site.expectText ? tr.t('reason_text_missing', site.expectText) : tr.t('reason_text_missing_any');
    case 'timeout':
      if (e.timeoutSeconds !== undefined) return tr.t(result.httpStatus === undefined ? 'reason_no_answer' : 'reason_unfinished', e.timeoutSeconds);
      return e.error && causeOfNetError(e.error).cause === 'timeout' ? tr.t('net_timeout') : tr.t('reason_timeout');
    default:
      return tr.t(causeOfNetError(e.error).words);
  }
}

/** "Cloudflare challenge", "Rate limited (HTTP 429)": the stored fingerprint, in the user's words. */
export function shieldWords(tr: Translator, fingerprint: string | undefined): string {
  if (fingerprint === undefined) return tr.t('shield_unknown');
  if (fingerprint === RATE_LIMITED) return tr.t('shield_rate_limited');
  const known = FINGERPRINTS.find((f) => f.label === fingerprint);
  return known ? tr.t(`shield_${known.kind}`, known.vendor) : fingerprint;
}

export function stateReason(tr: Translator, state: SiteState | undefined, site: Site): string {
  if (site.paused) return tr.t('state_paused');
  if (!state || state.status === 'unknown' || !state.last) return tr.t('state_not_checked');
  const last = state.last;
  switch (state.status) {
    case 'up':
      return tr.t('state_up');
    case 'slow':
      return tr.t('state_slow', formatMs(tr, last.ttfbMs ?? last.totalMs));
    case 'shielded':
      return tr.t('state_shielded', shieldWords(tr, last.evidence.fingerprint));
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
  if (e.fingerprint) parts.push(shieldWords(tr, e.fingerprint));
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
