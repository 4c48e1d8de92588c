import { describe, expect, it } from 'vitest';
import type { Cause, Site, SiteState, SiteStatus } from '../../../src/model';
import { connectionWorks, isItMe } from '../../../src/monitor/is-it-me';
import { en } from '../helpers';

const sites: Site[] = [1, 2, 3, 4].map((i) => ({ url: `https://s${i}.example/`, name: `S${i}` }));
function states(...list: Array<SiteStatus | [SiteStatus, Cause]>): Map<string, SiteState> {
  return new Map(
    list.map((entry, i) => {
      const [status, cause] = Array.isArray(entry) ? entry : [entry, undefined];
      return [sites[i]!.url, { siteUrl: sites[i]!.url, status, since: 0, nextDueAt: 0, failures: 0, ...(cause ? { cause } : {}) }];
    }),
  );
}
const CANARY = ['https://canary.example/'];

describe('isItMe: the popup\'s first line', () => {
  it('sites down while others answer: not you', () => {
    const got = isItMe(en, sites, states(['down', 'http'], 'up', 'up', 'up'), CANARY);
    expect(got).toMatchObject({ line: "It's not just you: 1 site is down; your connection works", tone: 'down', allOffline: false });
    expect(isItMe(en, sites, states(['down', 'dns'], ['down', 'timeout'], 'up', 'slow'), []).line).toBe("It's not just you: 2 sites are down; your connection works");
  });

  it('every site down with a connection failure and no canaries: nothing proves the connection works', () => {
    expect(connectionWorks(sites, states(['down', 'dns'], ['down', 'refused']), [])).toBe(false);
    expect(isItMe(en, sites.slice(0, 2), states(['down', 'dns'], ['down', 'refused']), []).line).toBe('2 sites are down; no connectivity check confirmed that your connection works');
    // An HTTP answer proves it, canaries or not; so does a canary that answered before "down" was said.
    expect(connectionWorks(sites, states(['down', 'http']), [])).toBe(true);
    expect(connectionWorks(sites, states(['down', 'dns']), CANARY)).toBe(true);
  });

  it('down and offline in the same glance: the connection failed too', () => {
    expect(isItMe(en, sites, states(['down', 'http'], 'offline', 'up', 'up'), CANARY).line).toBe('1 site is down, but your connection also failed during the checks');
  });

  it('every checked site offline: the offline panel, with the usual line', () => {
    const got = isItMe(en, sites, states('offline', 'offline', 'offline', 'unknown'), CANARY);
    expect(got).toMatchObject({ line: 'Your connection appears to be down', tone: 'offline', allOffline: true });
    expect(isItMe(en, sites, states('offline', 'up', 'up', 'up'), CANARY)).toMatchObject({ line: 'Your connection failed while 1 site was checked; the others answer', allOffline: false });
  });

  it('nothing wrong: the glance\'s own words', () => {
    expect(isItMe(en, sites, states('up', 'up', 'shielded', 'slow'), CANARY)).toMatchObject({ line: 'All 4 sites reachable', tone: 'fine' });
    expect(isItMe(en, sites, new Map(), CANARY)).toMatchObject({ line: '4 sites not checked yet', tone: 'neutral' });
    expect(isItMe(en, [], new Map(), CANARY).line).toBe('No sites watched yet — add one in Options');
  });
});
