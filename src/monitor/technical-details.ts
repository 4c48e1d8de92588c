import { clockTime, formatBytes, formatDuration, formatMs } from '../i18n/format';
import type { MessageKey, Translator } from '../i18n/translator';
import type { ProbeResult } from '../model';
import { shieldWords } from './reason';

/**
 * What one check measured and met, for the "Technical details" disclosure: the HTTP code, who
 * answered instead of the site, the browser's own error name, where it ended, the timings and the
 * bytes read. Pure. Each fact is a label and a value, so a page can lay them out as a list.
 */
export interface TechnicalDetail {
  /** Stable name of the fact, for the page's markup (data-fact) and tests. */
  fact: 'checked' | 'http' | 'answered_by' | 'error' | 'address' | 'first_byte' | 'total' | 'phases' | 'read' | 'retry_after' | 'time_limit';
  label: string;
  value: string;
}

const EDGE_WORDS: Record<NonNullable<ProbeResult['evidence']['edge']>['reason'], MessageKey> = {
  unreachable: 'shield_edge_unreachable',
  timeout: 'shield_edge_timeout',
  bad_answer: 'shield_edge_bad_answer',
  tls: 'shield_edge_tls',
  dns: 'shield_edge_dns',
  config: 'shield_edge_config',
  origin_error: 'shield_edge_origin_error',
};

export function technicalDetails(tr: Translator, result: ProbeResult): TechnicalDetail[] {
  const e = result.evidence;
  const ms = (value: number) => formatMs(tr, value);
  const out: TechnicalDetail[] = [];
  const add = (fact: TechnicalDetail['fact'], label: MessageKey, value: string) => out.push({ fact, label: tr.t(label), value });
  add('checked', 'plain_tech_checked_at', clockTime(tr, result.at));
  if (result.httpStatus !== undefined) add('http', 'plain_tech_http', tr.t('reason_http', String(result.httpStatus)));
  if (e.edge && e.vendor) add('answered_by', 'plain_tech_answered_by', tr.t(EDGE_WORDS[e.edge.reason], e.vendor, String(e.edge.code ?? result.httpStatus ?? '?')));
  else if (e.fingerprint || (result.outcome === 'shielded' && e.vendor)) add('answered_by', 'plain_tech_answered_by', shieldWords(tr, e));
  // The browser's own error string, as it came: it is what a search engine knows.
  if (e.error) add('error', 'plain_tech_error', e.error);
  if (result.finalUrl && result.finalUrl !== result.siteUrl) add('address', 'plain_tech_address', result.finalUrl);
  if (e.timeoutSeconds !== undefined) add('time_limit', 'plain_tech_time_limit', ms(e.timeoutSeconds * 1000));
  if (result.ttfbMs !== undefined) add('first_byte', 'plain_tech_first_byte', ms(result.ttfbMs));
  add('total', 'plain_tech_total', ms(result.totalMs));
  if (e.phases) add('phases', 'plain_tech_phases', tr.t('evidence_phases', ms(e.phases.dnsMs), ms(e.phases.connectMs), ms(e.phases.tlsMs), ms(e.phases.waitMs)));
  add('read', 'plain_tech_read', e.truncated ? tr.t('plain_tech_read_cut', formatBytes(tr, result.bytesRead)) : formatBytes(tr, result.bytesRead));
  if (e.retryAfterSeconds !== undefined) add('retry_after', 'plain_tech_retry_after', e.retryAfterSeconds < 60 ? ms(e.retryAfterSeconds * 1000) : formatDuration(tr, e.retryAfterSeconds * 1000));
  return out;
}
