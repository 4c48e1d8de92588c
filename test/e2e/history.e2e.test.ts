/**
 * What Vigil keeps: a site's detail (uptime table, response times, past outages) and the options
 * page's history section (space used, exports). Each test makes its own history first: a site that
 * went down with HTTP 503 and came back.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { watchAndOpen } from './support/pages';
import { forBrowsers, useVigil, type Vigil } from './support/session';
import { byUrl, clickButton, evaluate, text, waitFor, waitForRows, type AnyPage } from './support/vigil';

/** `path` answers 503 for one "Check now" round, then is healthy again: one closed outage. */
async function outageAndRecovery(v: Vigil, page: AnyPage, path: string): Promise<void> {
  const url = v.url(path);
  await waitForRows(page, (r) => byUrl(r, url)?.status === 'up', 'the site to be up');
  v.server.setRoute(path, { status: 503, body: 'Service Unavailable' });
  await clickButton(page, 'Check now');
  await waitForRows(page, (r) => byUrl(r, url)?.status === 'down', 'the outage to be confirmed');
  v.server.setRoute(path, null);
  await clickButton(page, 'Check now');
  await waitForRows(page, (r) => byUrl(r, url)?.status === 'up', 'the recovery');
}

forBrowsers(['chromium', 'firefox'], (kind) => {
  const v = useVigil(kind);

  it('a site\'s detail shows its uptime table, response times and outages, and checks that site alone', async () => {
    const site = { url: v.url('/ok/detail'), name: 'Flipping site' };
    let { page } = await watchAndOpen(v, [site]);
    await outageAndRecovery(v, page, '/ok/detail');
    await clickButton(page, 'Flipping site');
    await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('tr[data-window]').length)) === 5, { message: 'the uptime table' });
    expect(await evaluate(page, () => [...document.querySelectorAll('tr[data-window] th')].map((th) => th.textContent))).toEqual(['24 hours', '7 days', '30 days', '90 days', '365 days']);
    await waitFor(async () => /^Response time over 24 hours: \d+ checks, median \d+ ms, slowest \d+ ms, [1-9]\d* failed$/.test((await evaluate(page, () => document.querySelector('svg.latency-chart')?.getAttribute('aria-label'))) ?? ''), { message: 'the response-time chart and its words' });
    // The outage: when, why and how long in words; its HTTP code and timings behind "Technical details".
    const outage = '.incidents [data-incident-open="false"]';
    expect(await evaluate(page, (s: string) => [...document.querySelector(s)!.childNodes].filter((n) => n.nodeName !== 'DETAILS').map((n) => n.textContent).join(''), outage)).toMatch(/^.+: the server says it is unavailable \(HTTP 503\), \d+ min$/);
    expect(await evaluate(page, (s: string) => document.querySelector(`${s} details`)?.hasAttribute('open'), outage)).toBe(false);
    expect(await text(page, `${outage} details [data-fact="http"] dd`)).toBe('HTTP 503');
    const before = v.server.hits('/ok/detail');
    await clickButton(page, 'Check this site now');
    await waitFor(() => v.server.hits('/ok/detail') === before + 1, { message: 'a check of this site' });
    await clickButton(page, '← All sites');
    await waitForRows(page, (r) => r.length === 1, 'the list again');
    // Where a notification's click leads: the detail by its address.
    page = await v.open(`popup/index.html#site=${encodeURIComponent(site.url)}`);
    await waitFor(async () => (await text(page, '#detail-name')).includes('Flipping site'), { message: 'the detail from its address' });
  });

  it('the options page shows the space used and exports the history as CSV and the incidents as JSON', async () => {
    const sites = [
      { url: v.url('/ok/verdicts'), name: 'Healthy' },
      { url: v.url('/status/503'), name: 'Failing' },
      { url: v.url('/ok/notify'), name: 'Flipping site' },
    ];
    const { page: popup } = await watchAndOpen(v, sites, { retry: { attempts: 0, delaySeconds: 1 } });
    await outageAndRecovery(v, popup, '/ok/notify');

    const page = await v.options();
    await waitFor(async () => Number(await evaluate(page, () => document.querySelector('[data-storage-used]')?.getAttribute('data-storage-used') ?? 'NaN')) > 0, { message: 'the space used' });
    expect(await text(page, '#history-heading + div p')).toMatch(/history uses \d+(\.\d)? (byte|kB|MB) of this browser's storage/);

    const checks = await v.handle.download(page as never, () => clickButton(page, 'Export checks (CSV)'));
    const rowsOf = readFileSync(checks.path, 'utf8').trim().split('\r\n');
    expect(rowsOf[0]).toBe('site_url,time,outcome,cause,http_status,ttfb_ms,total_ms,bytes_read,final_url,fingerprint,error');
    expect(rowsOf.some((l) => l.startsWith(`${v.url('/status/503')},`) && l.includes(',down,http,503,'))).toBe(true);

    const hourly = await v.handle.download(page as never, () => clickButton(page, 'Export hourly history (CSV)'));
    const hours = readFileSync(hourly.path, 'utf8').trim().split('\r\n');
    expect(hours[0]).toMatch(/^site_url,period,start,probes_up/);
    expect(hours.filter((l) => l.startsWith(`${v.url('/ok/verdicts')},hour,`))).toHaveLength(1);

    const incidents = await v.handle.download(page as never, () => clickButton(page, 'Export incidents (JSON)'));
    const parsed = JSON.parse(readFileSync(incidents.path, 'utf8'));
    expect(parsed.format).toBe('vigil-incidents');
    const flip = parsed.incidents.find((i: { siteUrl: string }) => i.siteUrl === v.url('/ok/notify'));
    expect(flip).toMatchObject({ cause: 'http', end: expect.any(Number), firstEvidence: { httpStatus: 503 } });
  });
});
