/**
 * Cross-checks from other networks (issue 13), end to end in real Chromium and Firefox, against the
 * fixture server (the watched sites) and a fake Globalping on 127.0.0.1 (the e2e build's API base).
 * What a person sees: the opt-in in Options with the allowance left, the detail's button, the running
 * state, the verdict sentence and the probes beside this browser's own result.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultServer } from '../fixtures/fault-server.mjs';
import { GLOBALPING_FAKE_PORT, startGlobalpingFake, type GlobalpingFake } from '../fixtures/globalping-fake.mjs';
import { clickButton, evaluate, launch, noticeTexts, setWatchlist, text, waitFor, waitForRows, watchlistOf, type AnyPage, type BrowserKind, type Handle } from './support/vigil';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.x A/AA violations on the page (axe-core through the DevTools protocol, as a11y.e2e does). */
async function audit(page: AnyPage): Promise<string[]> {
  const p = page as unknown as { evaluate: (fn: string | (() => unknown)) => Promise<unknown> };
  await p.evaluate(`${axeSource};undefined`);
  const result = (await p.evaluate(() =>
    (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  )) as { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> };
  return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

interface Shown {
  verdict: string | null;
  sentence: string;
  rows: Array<{ probe: string; verdict: string; cells: string[] }>;
  link: string | null;
  error: string;
}

function shown(page: AnyPage): Promise<Shown> {
  return evaluate(page, () => {
    const el = document.querySelector<HTMLElement>('[data-crosscheck-verdict]');
    return {
      verdict: el?.dataset.crosscheckVerdict ?? null,
      sentence: el?.textContent ?? '',
      rows: [...document.querySelectorAll<HTMLElement>('.crosscheck-probes tbody tr')].map((tr) => ({
        probe: tr.dataset.probe ?? '',
        verdict: tr.dataset.verdict ?? '',
        cells: [...tr.children].map((c) => c.textContent ?? ''),
      })),
      link: document.querySelector<HTMLAnchorElement>('.crosscheck a[href*="globalping.io"]')?.href ?? null,
      error: document.querySelector('.crosscheck [role="alert"]')?.textContent ?? '',
    };
  });
}

async function waitForVerdict(page: AnyPage, verdict: string, message: string): Promise<Shown> {
  let last: Shown | undefined;
  try {
    return await waitFor(async () => {
      last = await shown(page);
      return last.verdict === verdict ? last : undefined;
    }, { timeout: 45_000, interval: 100, message });
  } catch (error) {
    throw new Error(`${(error as Error).message}\nshown: ${JSON.stringify(last)}`);
  }
}

describe.each<BrowserKind>(['chromium', 'firefox'])('cross-checks in %s', (kind) => {
  let server: Awaited<ReturnType<typeof startFaultServer>>;
  let fake: GlobalpingFake;
  let handle: Handle;
  const url = (path: string) => server.url(path);
  const detail = (siteUrl: string) => handle.openPage(`popup/index.html#site=${encodeURIComponent(siteUrl)}`);
  const posts = () => fake.apiRequests().filter((r) => r.method === 'POST');

  beforeAll(async () => {
    server = await startFaultServer();
    fake = await startGlobalpingFake({ port: GLOBALPING_FAKE_PORT });
    handle = await launch(kind);
  });
  afterAll(async () => {
    await handle?.close();
    await fake?.close();
    await server?.close();
  });

  it('opted out (the default): a confirmed outage and the detail\'s button send Globalping nothing', async () => {
    const failing = url('/status/503?cc=off');
    await setWatchlist(handle, watchlistOf([{ url: failing, name: 'Failing' }], [url('/ok/canary')]));
    const popup = await handle.openPage('popup/index.html');
    await waitForRows(popup, (r) => r[0]?.status === 'down', 'the outage to be confirmed');
    const page = await detail(failing);
    await clickButton(page, 'Check from other networks');
    await waitFor(async () => (await shown(page)).error, { message: 'the refusal in words' });
    expect((await shown(page)).error).toContain('Cross-checks from other networks are off');
    expect((await shown(page)).verdict).toBeNull();
    // Give a late request every chance to arrive before saying none did.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake.requests).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('switched on in Options, with what is sent, the terms and the allowance left', async () => {
    const options = await handle.openPage('options/index.html');
    await waitFor(async () => (await text(options, '#crosscheck-heading + div')).includes('other networks'), { message: 'the cross-check setting' });
    const section = await text(options, '#crosscheck-heading + div');
    expect(section).toContain('Cross-check outages from other networks (Globalping)');
    expect(section).toContain("sends the site's address to Globalping");
    expect(await evaluate(options, () => document.querySelector<HTMLAnchorElement>('#crosscheck-heading + div a')?.href)).toBe('https://github.com/jsdelivr/globalping');
    await options.bringToFront();
    await options.click('#crosscheck-heading + div input[type=checkbox]');
    await waitFor(async () => (await text(options, '[data-crosscheck-allowance]')).includes('250 of 250'), { message: 'the allowance from /v1/limits' });
    // The allowance is the only thing asked, and only once switched on.
    expect(fake.apiRequests().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/limits']);
    await options.close();
  });

  it('a confirmed outage is cross-checked once: "Down for everyone", with each probe beside this browser', async () => {
    fake.reset();
    fake.play({ inProgressPolls: 2, otherwise: 'http503' });
    const failing = url('/status/503?cc=outage');
    await setWatchlist(handle, watchlistOf([{ url: failing, name: 'Outage' }], [url('/ok/canary')]));
    const page = await detail(failing);
    const seen = await waitForVerdict(page, 'everyone', 'the outage\'s cross-check');
    expect(seen.sentence).toBe('Down for everyone: unreachable from 13 of 13 networks in 8 countries');
    expect(seen.rows[0]).toMatchObject({ probe: 'own', verdict: 'down' });
    expect(seen.rows[0]!.cells.join(' ')).toContain('HTTP 503');
    expect(seen.rows).toHaveLength(14);
    const germany = seen.rows.find((r) => r.probe === 'DE')!;
    expect(germany.cells.slice(0, 3)).toEqual(['Germany', 'Frankfurt', expect.stringMatching(/^Fake Network/)]);
    expect(germany.cells[4]).toBe('503');
    expect(seen.link).toBe('https://globalping.io/?measurement=fake0001Vigil');
    // One measurement, of the site's own address: GET, its path and query, protocol and port.
    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.body).toMatchObject({
      type: 'http',
      target: '127.0.0.1',
      measurementOptions: { request: { method: 'GET', path: '/status/503', query: 'cc=outage' }, protocol: 'HTTP', port: server.port },
    });
    const polls = fake.apiRequests().filter((r) => r.method === 'GET' && r.path.startsWith('/v1/measurements/'));
    expect(polls.length).toBeGreaterThanOrEqual(3);
    expect(polls.slice(1).some((r) => r.headers['if-none-match'])).toBe(true);
    for (let i = 1; i < polls.length; i++) expect(polls[i]!.at - polls[i - 1]!.at).toBeGreaterThanOrEqual(450);
    // Firefox's CORS preflight passes only for the headers the API allows: no User-Agent, no X-anything.
    for (const r of fake.requests) {
      const asked = String(r.headers['access-control-request-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
      for (const header of asked) expect(['content-type', 'authorization', 'if-none-match']).toContain(header);
      expect(Object.keys(r.headers).filter((h) => h.startsWith('x-'))).toEqual([]);
    }
    await page.close();

    // Where the user looks: the outage notice says the verdict's sentence, and so does the outage
    // notification (it came within 30 s of the confirmation, so it was added to it in place).
    const popup = await handle.openPage('popup/index.html');
    await waitFor(async () => (await text(popup, '[data-incident-open="true"] [data-crosscheck-verdict="everyone"]')).length > 0, { message: 'the verdict in the outage notice' });
    expect((await text(popup, '[data-incident-open="true"] [data-crosscheck-verdict]')).trim()).toBe('Down for everyone: unreachable from 13 of 13 networks in 8 countries');
    await waitFor(async () => (await noticeTexts(handle)).some((n) => n.siteUrl === failing && n.message.includes('Down for everyone')), { message: 'the verdict in the outage notification' });
    const [notified] = (await noticeTexts(handle)).filter((n) => n.siteUrl === failing);
    expect(notified!.message.split('\n')).toEqual([expect.stringMatching(/^The server says it is unavailable \(HTTP 503\)\./), 'Down for everyone: unreachable from 13 of 13 networks in 8 countries']);
    await popup.close();

    // The incidents export carries the cross-check with its probes.
    const options = await handle.openPage('options/index.html');
    const file = await handle.download(options as never, () => clickButton(options, 'Export incidents (JSON)'));
    const exported = JSON.parse(readFileSync(file.path, 'utf8')) as { incidents: Array<{ siteUrl: string; crossChecks: Array<{ measurementId: string; verdict: string; probes: Array<{ country: string; httpStatus: number }> }> }> };
    const incident = exported.incidents.find((i) => i.siteUrl === failing)!;
    expect(incident.crossChecks).toHaveLength(1);
    expect(incident.crossChecks[0]).toMatchObject({ measurementId: 'fake0001Vigil', verdict: 'everyone' });
    expect(incident.crossChecks[0]!.probes).toHaveLength(13);
    expect(incident.crossChecks[0]!.probes.find((p) => p.country === 'DE')).toMatchObject({ httpStatus: 503 });
    await options.close();
  });

  it('on demand from the detail: running, then the verdict with the probes ("Reachable only from Germany")', async () => {
    fake.reset();
    fake.play({ inProgressPolls: 4, byCountry: { DE: 'ok' }, otherwise: 'timeout' });
    const site = url('/ok/cc-demand');
    await setWatchlist(handle, watchlistOf([{ url: site, name: 'Demand' }], [url('/ok/canary')]));
    const popup = await handle.openPage('popup/index.html');
    await waitForRows(popup, (r) => r[0]?.status === 'up', 'the site to be checked');
    const page = await detail(site);
    await clickButton(page, 'Check from other networks');
    await waitForVerdict(page, 'running', 'the running state');
    expect(await text(page, '[data-crosscheck-verdict]')).toBe('Checking from other networks…');
    const seen = await waitForVerdict(page, 'geoblock', 'the verdict');
    expect(seen.sentence).toBe('Reachable only from Germany: the site seems to block other countries');
    expect(seen.rows[0]).toMatchObject({ probe: 'own', verdict: 'up' });
    expect(seen.rows.filter((r) => r.verdict === 'up').map((r) => r.probe)).toEqual(['own', 'DE', 'DE']);
    expect(seen.rows.find((r) => r.probe === 'FR')!.cells[3]).toBe('Down — unreachable');
    expect(posts()).toHaveLength(1);
    if (kind === 'chromium') expect(await audit(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the worker stopped while polling: the stored measurement is polled to its end when it wakes', async () => {
    fake.reset();
    fake.hold(true);
    fake.play({ otherwise: 'challenge' });
    const site = url('/ok/cc-restart');
    await setWatchlist(handle, watchlistOf([{ url: site, name: 'Restart' }], [url('/ok/canary')]));
    const page = await detail(site);
    await clickButton(page, 'Check from other networks');
    await waitFor(() => fake.apiRequests().filter((r) => r.method === 'GET').length >= 2 || undefined, { message: 'the first polls' });
    await handle.stopWorker();
    fake.hold(false);
    expect((await shown(page)).verdict).toBe('running');
    await handle.startWorker();
    const seen = await waitForVerdict(page, 'shielded', 'the resumed measurement\'s verdict');
    expect(seen.sentence).toContain('Shielded everywhere');
    expect(posts()).toHaveLength(1);
    await page.close();
  });

  it('a 429 on create: unavailable with when the limit resets, one request only, none on asking again', async () => {
    fake.reset();
    fake.play({ create: 'rate_limited' });
    const site = url('/ok/cc-limited');
    await setWatchlist(handle, watchlistOf([{ url: site, name: 'Limited' }], [url('/ok/canary')]));
    const page = await detail(site);
    await clickButton(page, 'Check from other networks');
    const seen = await waitForVerdict(page, 'unavailable', 'the refusal');
    expect(seen.sentence).toMatch(/^Cross-check not made: Globalping's hourly limit for your address is reached; it resets at \d{1,2}:\d{2}/);
    expect(fake.apiRequests()).toHaveLength(1);
    await clickButton(page, 'Check from other networks');
    await waitForVerdict(page, 'unavailable', 'the same refusal');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(fake.apiRequests()).toHaveLength(1);
    await page.close();
  });
});
