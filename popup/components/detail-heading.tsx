import type { Site, SiteStatus } from '../../src/model';
import { siteName } from '../../ui/site-name';
import { StatusIcon } from '../../ui/status-icon';

interface Props {
  site: Site;
  status: SiteStatus;
}

/**
 * The detail's heading: the site's name, and its address under it. Names and addresses can be one
 * unbroken word longer than the page ("Bundesministeriumfür…", a 200-character address): both wrap
 * anywhere, and the title keeps the full text for a pointer.
 */
export function DetailHeading({ site, status }: Props) {
  const name = siteName(site);
  return (
    <>
      <h1 id="detail-name">
        <StatusIcon status={status} /> <span class="long-text" title={name}>{name}</span>
      </h1>
      <p class="muted detail-url long-text" title={site.url}>
        {site.url}
      </p>
    </>
  );
}
