import { describe, expect, it } from 'vitest';
import { defaultWatchlist } from '../../../src/settings/defaults';
import { EU_INSTITUTIONS } from '../../../src/settings/eu-institutions';
import { normaliseSiteUrl } from '../../../src/settings/site-url';
import { addToWatchlist, parseWatchlistText, problemText, serialiseWatchlist } from '../../../src/settings/watchlist-file';
import { en } from '../helpers';

const README_EXAMPLE = {
  format: 'vigil-watchlist',
  version: 1,
  settings: { intervalMinutes: 5, timeoutSeconds: 20, retry: { attempts: 1, delaySeconds: 20 }, canaries: ['https://detectportal.firefox.com/success.txt'] },
  sites: [{ url: 'https://www.europarl.europa.eu/', name: 'European Parliament', group: 'EU institutions', expectText: 'Parliament', hosts: ['europarl.europa.eu'], slowMs: 3000 }],
};

describe('watchlist file', () => {
  it('accepts the README example and round-trips every field', () => {
    const parsed = parseWatchlistText(JSON.stringify(README_EXAMPLE));
    expect(parsed).toMatchObject({ ok: true, warnings: [] });
    if (!parsed.ok) return;
    expect(parsed.watchlist).toEqual(README_EXAMPLE);
    expect(parseWatchlistText(serialiseWatchlist(parsed.watchlist))).toEqual(parsed);
  });

  it('the embedded default watchlist is valid and holds the 11 EU institutions', () => {
    const parsed = parseWatchlistText(serialiseWatchlist(defaultWatchlist()));
    expect(parsed.ok).toBe(true);
    expect(EU_INSTITUTIONS).toHaveLength(11);
    expect(EU_INSTITUTIONS.every((s) => new URL(s.url).hostname.endsWith('europa.eu') && s.group)).toBe(true);
  });

  it('fills missing settings with defaults and names the site after its host', () => {
    const parsed = parseWatchlistText(JSON.stringify({ format: 'vigil-watchlist', version: 1, sites: [{ url: 'example.org' }] }));
    expect(parsed.ok && parsed.watchlist.settings.intervalMinutes).toBe(5);
    expect(parsed.ok && parsed.watchlist.sites[0]).toEqual({ url: 'https://example.org/', name: 'example.org' });
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['not an object', '[1,2]', /JSON object/],
    ['wrong format', JSON.stringify({ ...README_EXAMPLE, format: 'other' }), /^format: expected "vigil-watchlist", found "other"/],
    ['wrong version', JSON.stringify({ ...README_EXAMPLE, version: 2 }), /^version: expected 1, found 2/],
    ['sites missing', JSON.stringify({ format: 'vigil-watchlist', version: 1 }), /^sites: expected a list of sites, found nothing/],
    ['bad url', JSON.stringify({ ...README_EXAMPLE, sites: [README_EXAMPLE.sites[0], { url: 'ftp://x.org' }] }), /^sites\[1\]\.url: .*only http/],
    ['url not text', JSON.stringify({ ...README_EXAMPLE, sites: [{ url: 42 }] }), /^sites\[0\]\.url: expected an address, found 42/],
    ['duplicate', JSON.stringify({ ...README_EXAMPLE, sites: [{ url: 'https://a.org' }, { url: 'https://a.org/' }] }), /^sites\[1\]\.url: https:\/\/a\.org\/ is already listed as sites\[0\]/],
    ['interval out of range', JSON.stringify({ ...README_EXAMPLE, settings: { intervalMinutes: 0 } }), /^settings\.intervalMinutes: expected a number from 1 to 1440, found 0/],
    ['timeout beyond the worker life', JSON.stringify({ ...README_EXAMPLE, settings: { timeoutSeconds: 60 } }), /^settings\.timeoutSeconds: expected a number from 2 to 25/],
    ['bad hosts', JSON.stringify({ ...README_EXAMPLE, sites: [{ url: 'https://a.org', hosts: ['not a host'] }] }), /^sites\[0\]\.hosts:/],
    ['bad slowMs', JSON.stringify({ ...README_EXAMPLE, sites: [{ url: 'https://a.org', slowMs: 'fast' }] }), /^sites\[0\]\.slowMs: .*found "fast"/],
    ['bad canary', JSON.stringify({ ...README_EXAMPLE, settings: { canaries: ['javascript:alert(1)'] } }), /^settings\.canaries\[0\]:/],
  ])('rejects %s with a specific message', (_name, text, message) => {
    const parsed = parseWatchlistText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((p) => problemText(en, p)).join('\n')).toMatch(message);
  });

  it('warns about unknown fields instead of failing', () => {
    const parsed = parseWatchlistText(JSON.stringify({ ...README_EXAMPLE, extra: 1, sites: [{ url: 'https://a.org', colour: 'red' }] }));
    expect(parsed.ok && parsed.warnings.map((p) => problemText(en, p))).toEqual(['sites[0].colour: unknown field, ignored', 'extra: unknown field, ignored']);
  });

  it('Add keeps current sites and settings and skips sites already watched', () => {
    const current = defaultWatchlist();
    const merged = addToWatchlist(current, [{ url: 'https://www.europarl.europa.eu/', name: 'EP again' }, { url: 'https://a.org/', name: 'A' }]);
    expect(merged.added.map((s) => s.url)).toEqual(['https://a.org/']);
    expect(merged.skipped.map((s) => s.name)).toEqual(['EP again']);
    expect(merged.watchlist.sites).toHaveLength(12);
    expect(merged.watchlist.sites[0]?.name).toBe('European Parliament');
  });
});

describe('normaliseSiteUrl', () => {
  it.each([
    ['https://www.europarl.europa.eu', 'https://www.europarl.europa.eu/'],
    ['  europarl.europa.eu  ', 'https://europarl.europa.eu/'],
    ['HTTP://Example.ORG/path#frag', 'http://example.org/path'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
  ])('%s → %s', (input, url) => {
    expect(normaliseSiteUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['', /Enter the address/],
    ['ftp://example.org', /only http/],
    ['https://user:pw@example.org', /user name and password/],
    ['http://intranet', /not a complete host name/],
    ['https://exa mple.org', /not a web address/],
  ])('rejects %j', (input, error) => {
    const check = normaliseSiteUrl(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(en.say(check.error)).toMatch(error);
  });
});
