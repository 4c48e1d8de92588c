import { describe, expect, it } from 'vitest';
import { EUROPEAN_COUNTRIES, homeCountry, spreadFor } from '../../../src/crosscheck/spread';

const EUROPE = new Set<string>([...EUROPEAN_COUNTRIES, 'BE', 'AT', 'GB']);

describe('the location spread', () => {
  it('a .de site: Germany first, other European countries, and probes outside Europe', () => {
    const spread = spreadFor('https://www.bundesregierung.de/breg-de');
    expect(spread.home).toBe('DE');
    expect(spread.locations[0]).toEqual({ country: 'DE', limit: 3 });
    const others = spread.locations.slice(1).filter((l) => l.country).map((l) => l.country);
    expect(others.length).toBeGreaterThanOrEqual(3);
    expect(others).not.toContain('DE');
    for (const c of others) expect(EUROPE.has(c!)).toBe(true);
    expect(spread.locations.some((l) => l.continent && l.continent !== 'EU')).toBe(true);
    // Well within the anonymous per-measurement limit of 50 probes.
    expect(spread.probes).toBe(spread.locations.reduce((s, l) => s + (l.limit ?? 1), 0));
    expect(spread.probes).toBeLessThanOrEqual(20);
  });

  it('a .gob.es site is at home in Spain', () => {
    expect(homeCountry('www.lamoncloa.gob.es')).toBe('ES');
    const spread = spreadFor('https://www.lamoncloa.gob.es/');
    expect(spread.locations[0]).toEqual({ country: 'ES', limit: 3 });
    expect(spread.locations.filter((l) => l.country === 'ES')).toHaveLength(1);
  });

  it('a .europa.eu site has no single home: five European countries and outside Europe', () => {
    const spread = spreadFor('https://www.europarl.europa.eu/portal/en');
    expect(spread.home).toBeUndefined();
    const countries = spread.locations.filter((l) => l.country).map((l) => l.country);
    expect(countries).toHaveLength(5);
    expect(new Set(countries).size).toBe(5);
    expect(spread.locations.filter((l) => l.continent).map((l) => l.continent)).toEqual(['NA', 'AS']);
  });

  it('a .com site names no home either', () => {
    expect(homeCountry('example.com')).toBeUndefined();
    expect(spreadFor('https://example.com/').home).toBeUndefined();
  });

  it('other domains: .gov.uk is Britain, .gr Greece, .gov the United States; addresses and .io say nothing', () => {
    expect(homeCountry('www.gov.uk')).toBe('GB');
    expect(homeCountry('government.gr')).toBe('GR');
    expect(homeCountry('www.usa.gov')).toBe('US');
    expect(homeCountry('github.io')).toBeUndefined();
    expect(homeCountry('192.0.2.1')).toBeUndefined();
    const us = spreadFor('https://www.usa.gov/');
    expect(us.locations.filter((l) => l.continent === 'NA')).toEqual([]);
  });
});
