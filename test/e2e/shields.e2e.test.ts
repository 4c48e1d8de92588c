/**
 * Who answered, as a person sees it: recorded real-world answers from the shield corpus, served by
 * the fixture server, each get their verdict in the popup rows (data-status, data-cause and
 * data-vendor, and the reason in words), and the badge counts only the sites that are down —
 * including a site down behind its edge, and not a site whose protection layer answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultServer } from '../fixtures/fault-server.mjs';
import { badgeText, byUrl, launch, setWatchlist, waitFor, waitForRows, watchlistOf, type BrowserKind, type Handle } from './support/vigil';

describe.each<BrowserKind>(['chromium', 'firefox'])('shields by name in %s', (kind) => {
  let server: Awaited<ReturnType<typeof startFaultServer>>;
  let handle: Handle;
  beforeAll(async () => {
    server = await startFaultServer();
    handle = await launch(kind);
  });
  afterAll(async () => {
    await handle?.close();
    await server?.close();
  });

  it('each recorded answer gets its verdict, the vendor that gave it, and the badge counts the sites down', async () => {
    const url = (path: string) => server.url(path);
    const expected = [
      { path: '/shield/cloudflare-522', status: 'down', cause: 'http', vendor: 'Cloudflare', reason: "Down — the site's server cannot be reached (error 522)" },
      { path: '/shield/akamai-origin-error-97', status: 'down', cause: 'http', vendor: 'Akamai', reason: "Down — the site's server could not deliver the page (error 503)" },
      { path: '/shield/apache-503', status: 'down', cause: 'http', vendor: undefined, reason: 'Down — the server says it is unavailable (HTTP 503)' },
      { path: '/shield/myra-403', status: 'shielded', cause: undefined, vendor: 'Myra Security', reason: "Shielded — the site's protection blocked Vigil's check" },
      { path: '/shield/cloudflare-1015-plain', status: 'shielded', cause: undefined, vendor: 'Cloudflare', reason: "Shielded — the site's protection asks to slow down: too many requests" },
      { path: '/shield/f5-asm-rejected-200', status: 'shielded', cause: undefined, vendor: 'F5 BIG-IP ASM', reason: "Shielded — the site's firewall blocked Vigil's check" },
      { path: '/shield/healthy-cloudflare-jsd-beacon', status: 'up', cause: undefined, vendor: undefined, reason: 'Up' },
      // Answers 403 "error code: 1020" unless asked like a browser's navigation (Accept: text/html…).
      { path: '/browser-only', status: 'up', cause: undefined, vendor: undefined, reason: 'Up' },
    ];
    const sites = expected.map((e) => ({ url: url(e.path), name: e.path.replace(/^\/(shield\/)?/, '') }));
    await setWatchlist(handle, watchlistOf(sites, [url('/ok/canary')], { attempts: 0, delaySeconds: 1 }));
    const page = await handle.openPage('popup/index.html');
    const list = await waitForRows(page, (r) => r.length === sites.length && r.every((x) => x.status !== 'unknown'), 'every recorded answer to get a verdict');
    for (const e of expected) {
      const row = byUrl(list, url(e.path));
      expect({ path: e.path, status: row?.status, cause: row?.cause, vendor: row?.vendor }).toEqual({ path: e.path, status: e.status, cause: e.cause, vendor: e.vendor });
      expect(row?.reason, e.path).toBe(e.reason);
    }
    // The probe asked as much like a browser's first navigation as an extension may: Accept and
    // Upgrade-Insecure-Requests are Vigil's, Accept-Language the browser's own; Sec-Fetch-Mode is
    // the browser's too, and never "navigate" (README, Privacy).
    const seen = server.lastHeaders('/browser-only');
    expect(seen?.accept).toMatch(/^text\/html,/);
    expect(seen?.['upgrade-insecure-requests']).toBe('1');
    expect(seen?.['accept-language']).toBeTruthy();
    expect(seen?.['sec-fetch-mode']).not.toBe('navigate');
    await waitFor(async () => (await badgeText(handle)) === '3', { message: 'the badge to count the 3 sites down, shielded ones not among them' });
  });
});
