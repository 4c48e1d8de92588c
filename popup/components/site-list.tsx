import type { Site, SiteState } from '../../src/model';
import { SiteRow } from './site-row';

interface Props {
  sites: readonly Site[];
  states: ReadonlyMap<string, SiteState>;
  busy: boolean;
  now: number;
}

export function SiteList({ sites, states, busy, now }: Props) {
  return (
    <ul class="sites" aria-label="Watched sites" aria-busy={busy ? 'true' : 'false'}>
      {sites.map((site) => (
        <SiteRow key={site.url} site={site} state={states.get(site.url)} now={now} />
      ))}
    </ul>
  );
}
