import { describe, expect, it } from 'vitest';
import { siteMatches } from '../../../src/settings/watchlist-search';

const ep = { url: 'https://www.europarl.europa.eu/', name: 'European Parliament', group: 'EU institutions' };

describe('watchlist search', () => {
  it('finds a site by its shown name, stored name, address or group, every word, ignoring case and accents', () => {
    expect(siteMatches(ep, 'Parlement européen', '')).toBe(true);
    expect(siteMatches(ep, 'Parlement européen', 'parlement europeen')).toBe(true);
    expect(siteMatches(ep, 'Parlement européen', 'European')).toBe(true);
    expect(siteMatches(ep, 'Parlement européen', 'europarl')).toBe(true);
    expect(siteMatches(ep, 'Parlement européen', 'institutions parl')).toBe(true);
    expect(siteMatches(ep, 'Parlement européen', 'institutions council')).toBe(false);
    expect(siteMatches({ url: 'https://x.org/', name: 'X' }, 'X', 'institutions')).toBe(false);
  });
});
