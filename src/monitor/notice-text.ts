import type { Incident, Notice, ProbeResult, Site } from '../model';
import { downReason } from './reason';

/** The words of outage and recovery notifications. Pure. */

export function formatDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

export function downNotice(site: Site, incidentId: number, result: ProbeResult): Omit<Notice, 'delivered'> {
  return {
    id: `down:${incidentId}`,
    kind: 'down',
    siteUrl: site.url,
    title: `${site.name} is down`,
    message: `${capitalise(downReason(result, site))}. Confirmed from your browser; your own connection works.`,
    at: result.at,
  };
}

export function recoveredNotice(site: Site, incident: Pick<Incident, 'start'>, incidentId: number, result: ProbeResult): Omit<Notice, 'delivered'> {
  return {
    id: `recovered:${incidentId}`,
    kind: 'recovered',
    siteUrl: site.url,
    title: `${site.name} is back`,
    message: `Reachable again after ${formatDuration(result.at - incident.start)} down.`,
    at: result.at,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
