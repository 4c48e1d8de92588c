import type { Site, SiteState, SiteStatus } from '../model';

/**
 * The status a person is shown for a site, decided here once for the badge, the popup's summary,
 * rows and detail: a paused site, or one never checked, is `unknown` whatever was stored before.
 */
export function shownStatus(site: Pick<Site, 'paused'>, state: Pick<SiteState, 'status'> | undefined): SiteStatus {
  return site.paused ? 'unknown' : (state?.status ?? 'unknown');
}
