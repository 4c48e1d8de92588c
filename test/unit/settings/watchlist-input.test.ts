import { describe, expect, it } from 'vitest';
import { normaliseCanaryUrl, normaliseSiteUrl, originPattern } from '../../../src/settings/site-url';
import { parseWatchlistText, problemText } from '../../../src/settings/watchlist-file';
import { en } from '../helpers';

// Issue 11: what a hostile or careless file may not bring in. The file's errors keep their field paths.
const file = (extra: { settings?: object; sites?: object[] }) =>
  JSON.stringify({ format: 'vigil-watchlist', version: 1, sites: [{ url: 'https://www.europarl.europa.eu/' }], ...extra });
const errors = (text: string) => {
  const parsed = parseWatchlistText(text);
  return parsed.ok ? [] : parsed.errors.map((p) => problemText(en, p));
};

describe('watchlist file: input at the door', () => {
  it('refuses canaries on this computer or the local network, with the reason', () => {
    expect(errors(file({ settings: { canaries: ['http://192.168.0.1/reboot', 'http://10.0.0.1/', 'https://127.0.0.1:8080/?cmd=reboot', 'https://printer.local/', 'https://[::ffff:7f00:1]/', 'https://0x7f.1/'] } }))).toEqual([
      'settings.canaries[0]: "http://192.168.0.1/reboot" leads to a private network: a canary must be a public https address',
      'settings.canaries[1]: "http://10.0.0.1/" leads to a private network: a canary must be a public https address',
      'settings.canaries[2]: "https://127.0.0.1:8080/?cmd=reboot" leads to this computer (loopback): a canary must be a public https address',
      'settings.canaries[3]: "https://printer.local/" leads to a name only the local network knows: a canary must be a public https address',
      'settings.canaries[4]: "https://[::ffff:7f00:1]/" leads to this computer (loopback): a canary must be a public https address',
      'settings.canaries[5]: "https://0x7f.1/" leads to this computer (loopback): a canary must be a public https address',
    ]);
  });

  it('refuses plain-http canaries, and accepts public https ones', () => {
    expect(errors(file({ settings: { canaries: ['http://detectportal.firefox.com/success.txt'] } }))).toEqual([
      'settings.canaries[0]: "http://detectportal.firefox.com/success.txt" is not https: a canary must be a public https address',
    ]);
    expect(errors(file({ settings: { canaries: ['https://www.gstatic.com/generate_204', 'detectportal.firefox.com/success.txt'] } }))).toEqual([]);
  });

  it('only a build that allows it takes a loopback canary, and never a private one', () => {
    expect(normaliseCanaryUrl('http://127.0.0.1:4000/ok/canary', { allowLoopback: true })).toEqual({ ok: true, url: 'http://127.0.0.1:4000/ok/canary' });
    expect(normaliseCanaryUrl('http://[::1]:4000/ok/canary', { allowLoopback: true })).toEqual({ ok: true, url: 'http://[::1]:4000/ok/canary' });
    expect(normaliseCanaryUrl('http://127.0.0.1:4000/ok/canary', { allowLoopback: false }).ok).toBe(false);
    expect(normaliseCanaryUrl('http://192.168.0.1/', { allowLoopback: true }).ok).toBe(false);
    expect(normaliseCanaryUrl('http://example.org/', { allowLoopback: true }).ok).toBe(false);
  });

  it('wants whole numbers where the format counts minutes, seconds, attempts and milliseconds', () => {
    expect(errors(file({ settings: { intervalMinutes: 1.5, timeoutSeconds: 2.5, retry: { attempts: 0.5, delaySeconds: 1.25 } }, sites: [{ url: 'https://a.org', slowMs: 150.5 }] }))).toEqual([
      'settings.intervalMinutes: expected a whole number from 1 to 1440, found 1.5',
      'settings.timeoutSeconds: expected a whole number from 2 to 25, found 2.5',
      'settings.retry.attempts: expected a whole number from 0 to 5, found 0.5',
      'settings.retry.delaySeconds: expected a whole number from 1 to 120, found 1.25',
      'sites[0].slowMs: expected a whole number of milliseconds from 100 to 60000, found 150.5',
    ]);
  });

  it('cleans names of control and bidi characters, and refuses one that shows nothing', () => {
    const parsed = parseWatchlistText(file({ sites: [{ url: 'https://a.org', name: 'Parliament \u202Egnp.exe\u202C', group: '\u2066EU\u2069' }] }));
    expect(parsed.ok && parsed.watchlist.sites[0]).toEqual({ url: 'https://a.org/', name: 'Parliament gnp.exe', group: 'EU' });
    expect(errors(file({ sites: [{ url: 'https://a.org', name: '\u202E\u200B\u3164' }] }))).toEqual([
      'sites[0].name: expected visible text, found only invisible or control characters',
    ]);
    // What the file held is quoted back with nothing hidden.
    expect(errors(file({ sites: [{ url: 'https://a.org', name: `\u202E${'x'.repeat(120)}` }] }))[0]).toMatch(/^sites\[0\]\.name: expected text of 1 to 100 characters, found "\\u202Exxx/);
  });

  it('takes IPv6 literals as sites, and asks for the right permission', () => {
    expect(normaliseSiteUrl('http://[::1]:8080/')).toEqual({ ok: true, url: 'http://[::1]:8080/' });
    expect(normaliseSiteUrl('[2001:db8::1]')).toEqual({ ok: true, url: 'https://[2001:db8::1]/' });
    expect(originPattern('http://[::1]:8080/')).toBe('http://[::1]/*');
    const parsed = parseWatchlistText(file({ sites: [{ url: 'http://[::1]:8080/' }] }));
    expect(parsed.ok && parsed.watchlist.sites[0]).toEqual({ url: 'http://[::1]:8080/', name: '[::1]' });
  });
});
