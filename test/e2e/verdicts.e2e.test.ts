/**
 * Every kind of site, healthy or hostile, gets its verdict and its reason in the popup rows, and the
 * summary and badge agree; when the canaries fail too, the user is offline and nothing is down.
 */
import { get } from 'node:http';
import { expect, it } from 'vitest';
import { watchAndOpen } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import {
  badgeText, badgeTitle, byUrl, evaluate, notificationIds, rows, text, waitFor, waitForRows,
} from './support/vigil';

/**
 * The fault server deflates its gzip bomb (1 GiB of zeros) on the first request for it, seconds on a
 * busy machine: have it built before the round, so the bomb's first byte measures Vigil's reading of
 * it, not the fixture's start-up ("slow" instead of "up").
 */
function buildGzipBomb(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      res.destroy();
      resolve();
    }).on('error', reject);
  });
}

forBrowsers(['chromium', 'firefox'], (kind) => {
  const v = useVigil(kind);

  it('each kind of site gets its verdict in the rows, and the badge counts the sites down', async () => {
    const sites = [
      { url: v.url('/ok/verdicts'), name: 'Healthy', group: 'Calm' },
      { url: v.url('/status/503'), name: 'Failing', group: 'Troubled' },
      { url: v.url('/slow?ms=900'), name: 'Crawling', slowMs: 300 },
      { url: v.url('/challenge/cloudflare'), name: 'Challenged' },
      { url: v.url('/redirect/away'), name: 'Redirected' },
      { url: `http://127.0.0.1:${v.refusedPort}/`, name: 'Refusing' },
    ];
    const { page, list } = await watchAndOpen(v, sites);
    const verdict = (u: string) => [byUrl(list, u)?.status, byUrl(list, u)?.cause];
    expect(verdict(sites[0]!.url)).toEqual(['up', undefined]);
    expect(verdict(sites[1]!.url)).toEqual(['down', 'http']);
    expect(verdict(sites[2]!.url)).toEqual(['slow', undefined]);
    expect(verdict(sites[3]!.url)).toEqual(['shielded', undefined]);
    expect(verdict(sites[4]!.url)).toEqual(['down', 'redirect']);
    expect(verdict(sites[5]!.url)).toEqual(['down', 'refused']);
    expect(byUrl(list, sites[1]!.url)?.text).toContain('Down — the server says it is unavailable (HTTP 503)');
    expect(byUrl(list, sites[3]!.url)?.text).toContain("Shielded — the site's protection asked for a browser check");
    expect(byUrl(list, sites[4]!.url)?.text).toContain('Down — the site sends visitors to another address (localhost)');
    expect(await text(page, '[role="status"]')).toBe("It's not just you: 3 sites are down; your connection works");
    // Problems first: the sites down, shielded or slow under "Needs attention", then the groups
    // with what is left (Troubled's and the ungrouped sites are all listed above, so only Calm).
    const headings = await evaluate(page, () => [...document.querySelectorAll('h2.group')].map((h) => h.textContent));
    expect(headings).toEqual(['Needs attention', 'Calm']);
    await waitFor(async () => (await badgeText(v.handle)) === '3', { message: 'the badge to show 3' });
    expect(await badgeTitle(v.handle)).toContain('3 of 6 down: Failing, Redirected, and Refusing');
    // Each row's last checks as beads: the healthy site's are up, the failing one's down.
    const beads = (u: string) => evaluate(page, (x: string) => document.querySelector(`[data-site-url="${x}"] .beads`)?.getAttribute('aria-label'), u);
    await waitFor(async () => /^Last \d+ checks?: \d+ up$/.test((await beads(sites[0]!.url)) ?? ''), { message: 'the healthy row to get its beads' });
    expect(await beads(sites[1]!.url)).toMatch(/^Last \d+ checks?: \d+ down$/);
  });

  it('hostile and broken servers each get a clear verdict and reason, never a hang', async () => {
    const t = (path: string, name: string, extra: object = {}) => ({ url: v.url(path), name, ...extra });
    const sites = [
      t('/status/404', 'Not found'),
      t('/status/500', 'Server error'),
      t('/challenge/200', 'Bot wall'),
      t('/ratelimit', 'Rate limited'),
      t('/redirect/internal', 'Moved inside'),
      t('/redirect/loop', 'Loop'),
      t('/hang', 'Hanging'),
      t('/reset', 'Resetting'),
      t('/endless', 'Endless'),
      t('/endless?expect', 'Endless, text missing', { expectText: 'Official journal' }),
      t('/no-text', 'Wrong page', { expectText: 'Parliament' }),
      t('/gzip-bomb', 'Gzip bomb'),
      t('/huge-headers', 'Huge headers'),
      { url: 'http://no-such-site.invalid/', name: 'Nowhere' },
    ];
    await buildGzipBomb(v.url('/gzip-bomb'));
    const { list } = await watchAndOpen(v, sites, { retry: { attempts: 0, delaySeconds: 1 }, timeout: 60_000 });
    const row = (name: string) => {
      const found = list.find((r) => r.url === sites.find((x) => x.name === name)?.url);
      return [found?.status, found?.cause, found?.reason];
    };
    expect(row('Not found')).toEqual(['down', 'http', 'Down — the page was not found (HTTP 404)']);
    expect(row('Server error')).toEqual(['down', 'http', 'Down — the server reports an internal error (HTTP 500)']);
    expect(row('Bot wall')).toEqual(['shielded', undefined, "Shielded — the site's protection asked for a bot check"]);
    expect(row('Rate limited')).toEqual(['shielded', undefined, 'Shielded — the site asks to slow down: too many requests (HTTP 429)']);
    expect(row('Moved inside').slice(0, 2)).toEqual(['up', undefined]);
    expect(row('Loop')).toEqual(['down', 'redirect', 'Down — the site redirects in a loop']);
    expect(row('Hanging')).toEqual(['down', 'timeout', 'Down — the site did not answer within 5 s']);
    expect(row('Resetting').slice(0, 2)).toEqual(['down', 'network']);
    expect(row('Resetting')[2]).toMatch(/^Down — the connection was (reset|failed)/);
    expect(row('Endless').slice(0, 2)).toEqual(['up', undefined]);
    // Searched up to the 512 KB cap, then the download is cancelled.
    expect(row('Endless, text missing')).toEqual(['down', 'content', 'Down — the page does not show the expected text "Official journal"']);
    expect(row('Wrong page')).toEqual(['down', 'content', 'Down — the page does not show the expected text "Parliament"']);
    expect(row('Gzip bomb').slice(0, 2)).toEqual(['up', undefined]);
    expect(['up', 'down']).toContain(row('Huge headers')[0]);
    expect(row('Nowhere').slice(0, 2)).toEqual(['down', 'dns']);
    expect(row('Nowhere')[2]).toBe('Down — the name does not resolve (DNS)');
  });

  it('when the canaries fail too, every site is offline: no outage, no notification', async () => {
    const dead = `http://127.0.0.1:${v.refusedPort}`;
    const sites = [{ url: `${dead}/a`, name: 'A' }, { url: `${dead}/b`, name: 'B' }];
    const { page } = await watchAndOpen(v, sites, { canaries: [`${dead}/canary`] });
    await waitForRows(page, (r) => r.length === 2 && r.every((x) => x.status === 'offline'), 'both sites to be offline');
    expect(await text(page, '[role="status"]')).toBe('Your connection appears to be down');
    expect((await rows(page))[0]?.text).toContain('Offline — your connection appears to be down');
    expect(await badgeText(v.handle)).toBe('off');
    expect(await notificationIds(v.handle)).toEqual([]);
  });
});
