/**
 * The foundation's end-to-end suite, run against the built extension in one real browser. Each test
 * sets its own watchlist through the same command the options page uses, and checks what a person
 * sees: popup rows, summary, badge, notifications, options page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultServer, startRefusedPort } from '../../fixtures/fault-server.mjs';
import { EU_INSTITUTIONS } from '../../../src/settings/eu-institutions';
import {
  badgeText, badgeTitle, byUrl, clearNotifications, clickButton, evaluate, launch, noticeTexts, notificationIds, rows,
  setWatchlist, storedWatchlist, text, typeInto, waitFor, waitForRows, watchlistOf,
  type AnyPage, type BrowserKind, type Handle,
} from './vigil';

const STATUSES = ['up', 'slow', 'shielded', 'down', 'offline', 'unknown'];

export function foundationSuite(kind: BrowserKind): void {
  describe(`Vigil in ${kind}`, () => {
    let server: Awaited<ReturnType<typeof startFaultServer>>;
    let handle: Handle;
    let refusedPort: number;
    const pages: AnyPage[] = [];
    const files = mkdtempSync(join(tmpdir(), 'vigil-files-'));

    const consoleErrors: string[] = [];
    beforeAll(async () => {
      server = await startFaultServer();
      refusedPort = await startRefusedPort();
      handle = await launch(kind);
      if (handle.kind === 'chromium') {
        // Vigil's own code must log no error; the browser's own line for each failed probe is expected.
        handle.context.on('console', (m) => {
          if (m.type() === 'error' && !/Failed to load resource|net::ERR_/.test(m.text())) consoleErrors.push(m.text());
        });
        handle.context.on('weberror', (e) => consoleErrors.push(String(e.error())));
      }
    });
    afterAll(async () => {
      await handle?.close();
      expect(consoleErrors).toEqual([]);
      await server?.close();
      rmSync(files, { recursive: true, force: true });
    });

    const open = async (path: string) => {
      const page = await handle.openPage(path);
      pages.push(page);
      return page;
    };
    const popup = () => open('popup/index.html');
    const options = () => open('options/index.html');
    const url = (path: string) => server.url(path);
    const canaries = () => [url('/ok/canary')];

    it('on first run the popup lists the EU institutions, and the badge agrees with the rows', async () => {
      const page = await popup();
      const list = await waitForRows(page, (r) => r.length === 11 && r.every((x) => x.status !== 'unknown'), 'the first round to finish');
      // Rows come worst first, so compare as sets: the order depends on this machine's network.
      expect(list.map((r) => r.url).sort()).toEqual(EU_INSTITUTIONS.map((s) => s.url).sort());
      expect(list.every((r) => STATUSES.includes(r.status))).toBe(true);
      expect(list.find((r) => r.url === EU_INSTITUTIONS[0]!.url)?.text).toContain('European Parliament');
      const down = list.filter((r) => r.status === 'down').length;
      const offline = list.some((r) => r.status === 'offline');
      // Whatever this machine's network allows, the badge must say what the rows say.
      expect(await badgeText(handle)).toBe(down ? String(down) : offline ? 'off' : '');
      expect(await text(page, '[role="status"]')).toMatch(/sites (down|reachable)|connection appears to be down/);
    });

    it('each kind of site gets its verdict in the rows, and the badge counts the sites down', async () => {
      const sites = [
        { url: url('/ok/verdicts'), name: 'Healthy', group: 'Calm' },
        { url: url('/status/503'), name: 'Failing', group: 'Troubled' },
        { url: url('/slow?ms=900'), name: 'Crawling', slowMs: 300 },
        { url: url('/challenge/cloudflare'), name: 'Challenged' },
        { url: url('/redirect/away'), name: 'Redirected' },
        { url: `http://127.0.0.1:${refusedPort}/`, name: 'Refusing' },
      ];
      await setWatchlist(handle, watchlistOf(sites, canaries()));
      const page = await popup();
      const list = await waitForRows(page, (r) => r.length === 6 && r.every((x) => x.status !== 'unknown'), 'every site to get a verdict');
      const verdict = (u: string) => [byUrl(list, u)?.status, byUrl(list, u)?.cause];
      expect(verdict(sites[0]!.url)).toEqual(['up', undefined]);
      expect(verdict(sites[1]!.url)).toEqual(['down', 'http']);
      expect(verdict(sites[2]!.url)).toEqual(['slow', undefined]);
      expect(verdict(sites[3]!.url)).toEqual(['shielded', undefined]);
      expect(verdict(sites[4]!.url)).toEqual(['down', 'redirect']);
      expect(verdict(sites[5]!.url)).toEqual(['down', 'refused']);
      expect(byUrl(list, sites[1]!.url)?.text).toContain('Down — HTTP 503');
      expect(byUrl(list, sites[3]!.url)?.text).toContain('Shielded — Cloudflare challenge');
      expect(byUrl(list, sites[4]!.url)?.text).toContain('Down — left the site for localhost');
      expect(await text(page, '[role="status"]')).toBe('3 of 6 sites down');
      // Groups under their headings, the group with a site down first; each row has its 90-day strip.
      const headings = await evaluate(page, () => [...document.querySelectorAll('h2.group')].map((h) => h.textContent));
      expect(headings).toEqual(['Troubled', 'Other sites', 'Calm']);
      expect(await evaluate(page, (u: string) => document.querySelector(`[data-site-url="${u}"] svg.strip`)?.getAttribute('aria-label'), sites[0]!.url)).toMatch(/^(Availability over the last 90 days|Not observed in the last 90 days)/);
      await waitFor(async () => (await badgeText(handle)) === '3', { message: 'the badge to show 3' });
      expect(await badgeTitle(handle)).toContain('3 of 6 down: Failing, Redirected, and Refusing');
      // Each row's 24-hour sparkline: the healthy site's hour has a median; the failing one's hour is marked failed.
      const spark = (u: string) => evaluate(page, (x: string) => document.querySelector(`[data-site-url="${x}"] svg.spark`)?.getAttribute('aria-label'), u);
      await waitFor(async () => /^Last 24 hours: median \d+ ms, slowest hour \d+ ms$/.test((await spark(sites[0]!.url)) ?? ''), { message: 'the healthy row to get its sparkline' });
      expect(await spark(sites[1]!.url)).toMatch(/^Last 24 hours: .*failures in 1 hour$/);
    });

    it('hostile and broken servers each get a clear verdict and reason, never a hang', async () => {
      const t = (path: string, name: string, extra: object = {}) => ({ url: url(path), name, ...extra });
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
      await setWatchlist(handle, watchlistOf(sites, canaries(), { attempts: 0, delaySeconds: 1 }));
      const page = await popup();
      const list = await waitForRows(page, (r) => r.length === sites.length && r.every((x) => x.status !== 'unknown'), 'every hostile site to get a verdict', 60_000);
      const row = (name: string) => {
        const found = list.find((r) => r.url === sites.find((x) => x.name === name)?.url);
        return [found?.status, found?.cause, found?.reason];
      };
      expect(row('Not found')).toEqual(['down', 'http', 'Down — HTTP 404']);
      expect(row('Server error')).toEqual(['down', 'http', 'Down — HTTP 500']);
      expect(row('Bot wall')).toEqual(['shielded', undefined, 'Shielded — Anubis bot check']);
      expect(row('Rate limited')).toEqual(['shielded', undefined, 'Shielded — Rate limited (HTTP 429)']);
      expect(row('Moved inside').slice(0, 2)).toEqual(['up', undefined]);
      expect(row('Loop')).toEqual(['down', 'redirect', 'Down — the site redirects in a loop']);
      expect(row('Hanging')).toEqual(['down', 'timeout', 'Down — no answer within 5 s']);
      expect(row('Resetting').slice(0, 2)).toEqual(['down', 'network']);
      expect(row('Resetting')[2]).toMatch(/^Down — the connection was (reset|failed)/);
      expect(row('Endless').slice(0, 2)).toEqual(['up', undefined]);
      // Searched up to the 512 KB cap, then the download is cancelled.
      expect(row('Endless, text missing')).toEqual(['down', 'content', 'Down — expected text "Official journal" not found']);
      expect(row('Wrong page')).toEqual(['down', 'content', 'Down — expected text "Parliament" not found']);
      expect(row('Gzip bomb').slice(0, 2)).toEqual(['up', undefined]);
      expect(['up', 'down']).toContain(row('Huge headers')[0]);
      expect(row('Nowhere').slice(0, 2)).toEqual(['down', 'dns']);
      expect(row('Nowhere')[2]).toBe('Down — the name does not resolve (DNS)');
    });

    it('notifies once when an outage is confirmed and once when the site recovers', async () => {
      await clearNotifications(handle);
      const site = { url: url('/ok/notify'), name: 'Flipping site' };
      await setWatchlist(handle, watchlistOf([site], canaries()));
      const page = await popup();
      await waitForRows(page, (r) => byUrl(r, site.url)?.status === 'up', 'the site to be up');
      expect(await badgeText(handle)).toBe('');

      server.setRoute('/ok/notify', { status: 503, body: 'Service Unavailable' });
      await clickButton(page, 'Check now');
      await waitForRows(page, (r) => byUrl(r, site.url)?.status === 'down', 'the outage to be confirmed');
      const downIds = await waitFor(async () => (await notificationIds(handle)).filter((id) => id.startsWith('down:')), { message: 'the outage notification' });
      expect(downIds).toHaveLength(1);
      expect(await badgeText(handle)).toBe('1');
      const down = (await noticeTexts(handle)).find((n) => n.id === downIds[0]);
      expect(down).toMatchObject({ title: 'Flipping site is down', delivered: true });
      expect(down?.message).toMatch(/^HTTP 503\./);
      // The popup's outage notice says since when and why.
      await waitFor(async () => (await text(page, '[data-incident-open="true"]')).length > 0, { message: 'the outage notice' });
      expect(await text(page, `[data-incident-open="true"][data-incident-site="${site.url}"]`)).toMatch(/^Flipping site down since .+ — HTTP 503, \d+ min$/);

      // Still down at the next check: no second notification.
      await clickButton(page, 'Check now');
      await waitFor(async () => (await evaluate(page, () => document.querySelector('ul.sites')?.getAttribute('aria-busy'))) === 'false', { message: 'the round to end' });
      expect((await notificationIds(handle)).filter((id) => id.startsWith('down:'))).toHaveLength(1);

      server.setRoute('/ok/notify', null);
      await clickButton(page, 'Check now');
      await waitForRows(page, (r) => byUrl(r, site.url)?.status === 'up', 'the recovery');
      const ids = await waitFor(async () => {
        const all = await notificationIds(handle);
        return all.some((id) => id.startsWith('recovered:')) ? all : undefined;
      }, { message: 'the recovery notification' });
      expect(ids.filter((id) => id.startsWith('recovered:'))).toHaveLength(1);
      expect((await noticeTexts(handle)).find((n) => n.id.startsWith('recovered:'))?.title).toBe('Flipping site is back');
      expect(await badgeText(handle)).toBe('');
      // The notice moves to the last 30 days, with its evidence.
      await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('[data-incident-open="true"]').length)) === 0, { message: 'no open notice' });
      expect(await text(page, `[data-incident-open="false"][data-incident-site="${site.url}"]`)).toMatch(/^Flipping site was down .+ for \d+ min — HTTP 503HTTP 503 · first byte/);
    });

    it('a site\'s detail shows its uptime table, response times and outages, and checks that site alone', async () => {
      const site = { url: url('/ok/notify'), name: 'Flipping site' };
      let page = await popup();
      await waitForRows(page, (r) => byUrl(r, site.url)?.status === 'up', 'the site from the previous test');
      await clickButton(page, 'Flipping site');
      await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('tr[data-window]').length)) === 5, { message: 'the uptime table' });
      expect(await evaluate(page, () => [...document.querySelectorAll('tr[data-window] th')].map((th) => th.textContent))).toEqual(['24 hours', '7 days', '30 days', '90 days', '365 days']);
      await waitFor(async () => /^Response time over 24 hours: \d+ checks, median \d+ ms, slowest \d+ ms, [1-9]\d* failed$/.test((await evaluate(page, () => document.querySelector('svg.latency-chart')?.getAttribute('aria-label'))) ?? ''), { message: 'the response-time chart and its words' });
      expect(await text(page, '.incidents [data-incident-open="false"]')).toMatch(/HTTP 503, \d+ min/);
      const before = server.hits('/ok/notify');
      await clickButton(page, 'Check this site now');
      await waitFor(() => server.hits('/ok/notify') === before + 1, { message: 'a check of this site' });
      await clickButton(page, '← All sites');
      await waitForRows(page, (r) => r.length === 1, 'the list again');
      // Where a notification's click leads: the detail by its address.
      page = await open(`popup/index.html#site=${encodeURIComponent(site.url)}`);
      await waitFor(async () => (await text(page, '#detail-name')).includes('Flipping site'), { message: 'the detail from its address' });
    });

    it('a single transient failure changes nothing and notifies nobody', async () => {
      await clearNotifications(handle);
      server.resetHits('/flaky');
      const site = { url: url('/flaky'), name: 'Flaky' };
      await setWatchlist(handle, watchlistOf([site], canaries()));
      const page = await popup();
      await waitForRows(page, (r) => byUrl(r, site.url)?.status === 'up', 'the flaky site to be judged up');
      expect(server.hits('/flaky')).toBe(2); // the failure and its confirmation re-probe
      expect(await notificationIds(handle)).toEqual([]);
    });

    it('when the canaries fail too, every site is offline: no outage, no notification', async () => {
      await clearNotifications(handle);
      const dead = `http://127.0.0.1:${refusedPort}`;
      const sites = [{ url: `${dead}/a`, name: 'A' }, { url: `${dead}/b`, name: 'B' }];
      await setWatchlist(handle, watchlistOf(sites, [`${dead}/canary`]));
      const page = await popup();
      await waitForRows(page, (r) => r.length === 2 && r.every((x) => x.status === 'offline'), 'both sites to be offline');
      expect(await text(page, '[role="status"]')).toBe('Your connection appears to be down');
      expect((await rows(page))[0]?.text).toContain('Offline — your connection appears to be down');
      expect(await badgeText(handle)).toBe('off');
      expect(await notificationIds(handle)).toEqual([]);
    });

    it('"Check now" marks the list busy while it runs, then shows fresh results', async () => {
      const sites = [{ url: url('/slow?ms=1500'), name: 'Slow enough to watch', slowMs: 5000 }, { url: url('/ok/check-now'), name: 'Quick' }];
      await setWatchlist(handle, watchlistOf(sites, canaries()));
      const page = await popup();
      await waitForRows(page, (r) => r.length === 2 && r.every((x) => x.status === 'up'), 'the first results');
      const before = server.hits('/ok/check-now');
      await waitFor(async () => (await evaluate(page, () => document.querySelector('ul.sites')?.getAttribute('aria-busy'))) === 'false', { message: 'the first round to end' });
      await clickButton(page, 'Check now');
      await waitFor(async () => (await evaluate(page, () => document.querySelector('ul.sites')?.getAttribute('aria-busy'))) === 'true', { message: 'aria-busy during the round', interval: 20 });
      expect(await text(page, '.progress')).toMatch(/Checking… \d of 2|Starting…/);
      await waitFor(async () => (await evaluate(page, () => document.querySelector('ul.sites')?.getAttribute('aria-busy'))) === 'false', { message: 'the round to end' });
      expect(server.hits('/ok/check-now')).toBe(before + 1);
      expect((await rows(page)).every((r) => r.status === 'up')).toBe(true);
    });

    it('results survive the background being stopped mid-round, with no duplicate notification', async () => {
      await clearNotifications(handle);
      const sites = [
        { url: url('/status/500'), name: 'Broken' },
        { url: url('/ok/survivor'), name: 'Survivor' },
        { url: url('/slow?ms=4000'), name: 'Slowpoke', slowMs: 10_000 },
      ];
      await setWatchlist(handle, watchlistOf(sites, canaries(), { attempts: 0, delaySeconds: 1 }));
      let page = await popup();
      await waitForRows(page, (r) => byUrl(r, sites[0]!.url)?.status === 'down' && byUrl(r, sites[1]!.url)?.status === 'up', 'the quick results');
      await waitFor(async () => (await notificationIds(handle)).length === 1, { message: 'one outage notification' });
      await handle.stopWorker(); // the slow probe is still in flight
      await page.close();

      page = await popup();
      const list = await waitForRows(page, (r) => r.length === 3, 'the popup after the stop');
      expect(byUrl(list, sites[0]!.url)).toMatchObject({ status: 'down', cause: 'http' });
      expect(byUrl(list, sites[1]!.url)?.status).toBe('up');

      await handle.startWorker(); // as the next alarm would
      await clickButton(page, 'Check now');
      await waitForRows(page, (r) => r.every((x) => x.status !== 'unknown'), 'a full round after the restart');
      expect((await noticeTexts(handle)).filter((n) => n.id.startsWith('down:') && n.title === 'Broken is down')).toHaveLength(1);
      expect(await notificationIds(handle)).toHaveLength(1);
    });

    it('the options page adds a site, refuses an invalid address, removes a site', async () => {
      await setWatchlist(handle, watchlistOf([{ url: url('/ok/kept'), name: 'Kept' }], canaries()));
      const page = await options();
      await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('tr[data-site-url]').length)) === 1, { message: 'the watchlist table' });

      await typeInto(page, '#add-url', 'ftp://example.org');
      await clickButton(page, 'Add site');
      await waitFor(async () => (await text(page, '#add-message')).includes('only http:// and https://'), { message: 'the invalid-address message' });
      expect((await storedWatchlist(handle)).sites.map((s) => s.name)).toEqual(['Kept']);

      await typeInto(page, '#add-url', url('/ok/added'));
      await typeInto(page, '#add-name', 'Added by hand');
      await clickButton(page, 'Add site');
      await waitFor(async () => (await text(page, '#add-message')).includes('Added Added by hand'), { message: 'the added message' });
      await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('tr[data-site-url]').length)) === 2, { message: 'the new row' });
      const pop = await popup();
      await waitForRows(pop, (r) => byUrl(r, url('/ok/added'))?.status === 'up', 'the added site in the popup');

      await clickButton(page, 'Remove Added by hand');
      await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('tr[data-site-url]').length)) === 1, { message: 'the row to go' });
      expect((await storedWatchlist(handle)).sites.map((s) => s.name)).toEqual(['Kept']);
      await waitForRows(pop, (r) => r.length === 1, 'the popup to drop the removed site');
    });

    it('the options page imports a watchlist file (Add, then Replace) and refuses a bad one, changing nothing', async () => {
      await setWatchlist(handle, watchlistOf([{ url: url('/ok/mine'), name: 'Mine' }], canaries()));
      const page = await options();
      await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('tr[data-site-url]').length)) === 1, { message: 'the watchlist table' });

      const bad = join(files, 'bad.json');
      writeFileSync(bad, JSON.stringify({ format: 'vigil-watchlist', version: 1, sites: [{ url: url('/ok/x') }, { url: 'ftp://nope.example' }] }));
      await handle.uploadFile(page as never, '#import-file', bad);
      await waitFor(async () => (await text(page, '[role="alert"]')).includes('sites[1].url'), { message: 'the bad-file message' });
      expect(await text(page, '[role="alert"]')).toContain('Nothing was changed');
      expect((await storedWatchlist(handle)).sites.map((s) => s.name)).toEqual(['Mine']);

      const good = join(files, 'good.json');
      const incoming = watchlistOf([{ url: url('/ok/imported-1'), name: 'Imported one', group: 'Tests', expectText: 'Parliament', hosts: ['127.0.0.1'], slowMs: 2500 }, { url: url('/ok/mine'), name: 'Mine again' }], canaries());
      writeFileSync(good, JSON.stringify(incoming));
      await handle.uploadFile(page as never, '#import-file', good);
      await waitFor(async () => (await text(page, '.preview')).includes('holds 2 sites (1 not watched yet)'), { message: 'the preview' });
      await clickButton(page, 'Add');
      await waitFor(async () => (await storedWatchlist(handle)).sites.length === 2, { message: 'the added site to be stored' });
      expect((await storedWatchlist(handle)).sites.map((s) => s.name)).toEqual(['Mine', 'Imported one']);
      expect((await storedWatchlist(handle)).sites[1]).toEqual(incoming.sites[0]);

      const replacement = watchlistOf([{ url: url('/ok/replacement'), name: 'Only me' }], canaries(), { attempts: 2, delaySeconds: 3 });
      writeFileSync(good, JSON.stringify(replacement));
      await handle.uploadFile(page as never, '#import-file', good);
      await waitFor(async () => (await text(page, '.preview')).includes('holds 1 site'), { message: 'the second preview' });
      await clickButton(page, 'Replace');
      await waitFor(async () => (await storedWatchlist(handle)).sites.length === 1, { message: 'the replacement' });
      expect(await storedWatchlist(handle)).toEqual(replacement);
    });

    it('"Export watchlist" downloads the watchlist file, which imports back unchanged', async () => {
      const list = watchlistOf([{ url: url('/ok/export'), name: 'Exported', group: 'G', expectText: 'Parliament', hosts: ['127.0.0.1'], slowMs: 1234 }], canaries(), { attempts: 3, delaySeconds: 7 });
      await setWatchlist(handle, list);
      const page = await options();
      await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('tr[data-site-url]').length)) === 1, { message: 'the watchlist table' });
      const file = await handle.download(page as never, () => clickButton(page, 'Export watchlist'));
      expect(file.filename).toMatch(/^vigil-watchlist-\d{4}-\d{2}-\d{2}\.json$/);
      expect(JSON.parse(readFileSync(file.path, 'utf8'))).toEqual(list);
    });

    it('the options page shows the space used and exports the history as CSV and the incidents as JSON', async () => {
      const page = await options();
      await waitFor(async () => Number(await evaluate(page, () => document.querySelector('[data-storage-used]')?.getAttribute('data-storage-used') ?? 'NaN')) > 0, { message: 'the space used' });
      expect(await text(page, '#history-heading + div p')).toMatch(/history uses \d+(\.\d)? (byte|kB|MB) of this browser's storage/);

      const checks = await handle.download(page as never, () => clickButton(page, 'Export checks (CSV)'));
      const lines = readFileSync(checks.path, 'utf8').trim().split('\r\n');
      expect(lines[0]).toBe('site_url,time,outcome,cause,http_status,ttfb_ms,total_ms,bytes_read,final_url,fingerprint,error');
      expect(lines.some((l) => l.startsWith(`${url('/status/503')},`) && l.includes(',down,http,503,'))).toBe(true);

      const hourly = await handle.download(page as never, () => clickButton(page, 'Export hourly history (CSV)'));
      const hours = readFileSync(hourly.path, 'utf8').trim().split('\r\n');
      expect(hours[0]).toMatch(/^site_url,period,start,probes_up/);
      expect(hours.filter((l) => l.startsWith(`${url('/ok/verdicts')},hour,`))).toHaveLength(1);

      const incidents = await handle.download(page as never, () => clickButton(page, 'Export incidents (JSON)'));
      const parsed = JSON.parse(readFileSync(incidents.path, 'utf8'));
      expect(parsed.format).toBe('vigil-incidents');
      const flip = parsed.incidents.find((i: { siteUrl: string }) => i.siteUrl === url('/ok/notify'));
      expect(flip).toMatchObject({ cause: 'http', end: expect.any(Number), firstEvidence: { httpStatus: 503 } });
    });

    it('several outages in one round make one notification; none at all once notifications are off', async () => {
      await clearNotifications(handle);
      const sites = [1, 2, 3].map((i) => ({ url: url(`/ok/group-${i}`), name: `Agency ${i}`, group: 'Agencies' }));
      await setWatchlist(handle, watchlistOf(sites, canaries(), { attempts: 0, delaySeconds: 1 }));
      const page = await popup();
      await waitForRows(page, (r) => r.length === 3 && r.every((x) => x.status === 'up'), 'three sites up');
      for (const i of [1, 2, 3]) server.setRoute(`/ok/group-${i}`, { status: 503 });
      await clickButton(page, 'Check now');
      await waitForRows(page, (r) => r.every((x) => x.status === 'down'), 'three sites down');
      const ids = await waitFor(async () => ((await notificationIds(handle)).length ? notificationIds(handle) : undefined), { message: 'the grouped notification' });
      expect(ids).toEqual([expect.stringMatching(/^group-down:\d+,\d+,\d+$/)]);

      // Options → Notifications → off: the recoveries that follow show nothing.
      const opts = await options();
      await waitFor(async () => (await evaluate(opts, () => document.querySelectorAll('#notifications-heading + div input[type=checkbox]').length)) === 2, { message: 'the notification settings' });
      await opts.bringToFront();
      await opts.click('#notifications-heading + div input[type=checkbox]');
      await waitFor(async () => (await handle.evalInExtension(async () => ((await ((globalThis as { browser?: { storage: { local: { get(k: string): Promise<Record<string, { enabled?: boolean }>> } } } }).browser ?? (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { enabled?: boolean }>> } } } }).chrome).storage.local.get('notificationPrefs')).notificationPrefs?.enabled), undefined)) === false, { message: 'notifications switched off' });
      await clearNotifications(handle);
      for (const i of [1, 2, 3]) server.setRoute(`/ok/group-${i}`, null);
      await clickButton(page, 'Check now');
      await waitForRows(page, (r) => r.every((x) => x.status === 'up'), 'the recoveries');
      await waitFor(async () => (await evaluate(page, () => document.querySelector('ul.sites')?.getAttribute('aria-busy'))) === 'false', { message: 'the round to end' });
      expect(await notificationIds(handle)).toEqual([]);
      expect((await noticeTexts(handle)).filter((n) => n.kind === 'recovered' && n.siteUrl.includes('/ok/group-')).every((n) => n.delivered)).toBe(true);
    });

    it('the options page edits a site, saves check settings, removes and adds the EU preset, and resets only after asking', async () => {
      const mine = { url: url('/ok/editable'), name: 'Editable' };
      await setWatchlist(handle, watchlistOf([mine], canaries()));
      const page = await options();
      await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('tr[data-site-url]').length)) === 1, { message: 'the watchlist table' });

      await clickButton(page, 'Edit Editable');
      await typeInto(page, '#edit-slow', '5');
      await clickButton(page, 'Save');
      await waitFor(async () => (await text(page, '.site-editor [role="alert"]')) === 'Slow after must be 100 to 60,000 milliseconds', { message: 'the invalid threshold message' });
      await typeInto(page, '#edit-slow', '1500');
      await typeInto(page, '#edit-group', 'Mine');
      await page.click('.site-editor input[type=checkbox]');
      await clickButton(page, 'Save');
      await waitFor(async () => (await storedWatchlist(handle)).sites[0]?.paused === true, { message: 'the edited site' });
      expect((await storedWatchlist(handle)).sites[0]).toEqual({ url: mine.url, name: 'Editable', group: 'Mine', slowMs: 1500, paused: true });
      const pop = await popup();
      await waitForRows(pop, (r) => r[0]?.reason === 'Paused' && r[0]?.status === 'unknown', 'the paused site in the popup');

      await typeInto(page, '#timeout', '7');
      await clickButton(page, 'Save check settings');
      await waitFor(async () => (await storedWatchlist(handle)).settings.timeoutSeconds === 7, { message: 'the saved timeout' });

      await clickButton(page, 'Add all EU institutions');
      await waitFor(async () => (await storedWatchlist(handle)).sites.length === 12, { message: 'the preset added' });
      await clickButton(page, 'Remove the EU institutions group');
      await waitFor(async () => (await storedWatchlist(handle)).sites.length === 1, { message: 'the preset removed' });

      await clickButton(page, 'Reset Vigil…');
      expect(await text(page, '#reset-question')).toContain('Your history is kept');
      await clickButton(page, 'Keep my settings');
      expect((await storedWatchlist(handle)).sites).toHaveLength(1);
      await clickButton(page, 'Reset Vigil…');
      await clickButton(page, 'Reset now');
      await waitFor(async () => (await storedWatchlist(handle)).sites.length === 11, { message: 'the defaults back' });
      expect((await storedWatchlist(handle)).settings.timeoutSeconds).toBe(20);
    });
  });
}
