import { formatDuration } from '../i18n/format';
import type { Translator } from '../i18n/translator';
import type { Notice, NoticeDraft, ProbeResult, Site } from '../model';
import { downReasonMessage, plainStoredReason } from './reason';

/**
 * Outage and recovery notices: decided as data when a check confirms or ends an outage (stored in
 * the outbox with the incident), put into words only when delivered, in the language of that moment.
 * Pure.
 */

export function downDraft(site: Pick<Site, 'url' | 'expectText'>, result: ProbeResult): NoticeDraft {
  return { kind: 'down', siteUrl: site.url, at: result.at, reason: downReasonMessage(result, site) };
}

export function recoveredDraft(site: Pick<Site, 'url'>, outageStart: number, result: ProbeResult): NoticeDraft {
  return { kind: 'recovered', siteUrl: site.url, at: result.at, since: outageStart };
}

export interface NoticeWords {
  title: string;
  message: string;
  /** The reason alone ("The server says …"), for a grouped notification's line per site. */
  reason: string;
}

/** A stored notice in words; `name` is how the watchlist names the site now. */
export function noticeWords(tr: Translator, notice: Notice, name: string): NoticeWords {
  if (notice.kind === 'down') {
    const reason = capitalise(tr, tr.say(plainStoredReason(notice.reason ?? { key: 'net_failed' })));
    return { title: tr.t('notice_down_title', name), message: tr.t('notice_down_message', reason), reason };
  }
  const duration = formatDuration(tr, notice.at - (notice.since ?? notice.at));
  return { title: tr.t('notice_back_title', name), message: tr.t('notice_back_message', duration), reason: duration };
}

function capitalise(tr: Translator, text: string): string {
  return text.charAt(0).toLocaleUpperCase(tr.locale) + text.slice(1);
}
