import { formatDuration } from '../i18n/format';
import type { Translator } from '../i18n/translator';
import type { Incident, Notice, ProbeResult, Site } from '../model';
import { downReason } from './reason';

/**
 * The words of outage and recovery notifications. Pure. They are written into the outbox in the
 * user's language of the moment, so a worker that restarts sends exactly what was decided.
 */

export function downNotice(tr: Translator, site: Site, incidentId: number, result: ProbeResult): Omit<Notice, 'delivered'> {
  const reason = capitalise(tr, downReason(tr, result, site));
  return {
    id: `down:${incidentId}`,
    kind: 'down',
    siteUrl: site.url,
    title: tr.t('notice_down_title', site.name),
    message: tr.t('notice_down_message', reason),
    reason,
    at: result.at,
  };
}

export function recoveredNotice(tr: Translator, site: Site, incident: Pick<Incident, 'start'>, incidentId: number, result: ProbeResult): Omit<Notice, 'delivered'> {
  return {
    id: `recovered:${incidentId}`,
    kind: 'recovered',
    siteUrl: site.url,
    title: tr.t('notice_back_title', site.name),
    message: tr.t('notice_back_message', formatDuration(tr, result.at - incident.start)),
    at: result.at,
  };
}

function capitalise(tr: Translator, text: string): string {
  return text.charAt(0).toLocaleUpperCase(tr.locale) + text.slice(1);
}
