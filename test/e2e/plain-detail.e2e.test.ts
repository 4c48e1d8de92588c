/**
 * Plain words first, details on demand: a down site's row and detail say what happened in the
 * user's words; the HTTP code's measurements, the browser's error name and the timings appear only
 * once "Technical details" is opened. In Chromium and Firefox.
 */
import { expect, it } from 'vitest';
import { watchAndOpen } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { byUrl, clickButton, evaluate, text, waitFor, type AnyPage } from './support/vigil';

/** What a person can see of the page: innerText leaves out what is not rendered (a closed <details>). */
const seen = (page: AnyPage) => evaluate(page, () => document.body.innerText);
const fact = (page: AnyPage, name: string) =>
  evaluate(page, (n: string) => {
    const dd = document.querySelector<HTMLElement>(`.detail > details.technical [data-fact="${n}"] dd`);
    return dd ? { text: dd.textContent ?? '', visible: dd.checkVisibility() } : undefined;
  }, name);
/** Developer words that must not be the first thing anyone reads. */
const TECHNICAL = /net::|NS_ERROR|DNS \d|connect \d|first byte|byte read|Technical details\s*Checked at/;

async function openTechnicalDetails(page: AnyPage): Promise<void> {
  await page.bringToFront();
  await (page as unknown as { click(selector: string): Promise<void> }).click('.detail > details.technical summary');
  await waitFor(() => evaluate(page, () => document.querySelector('.detail > details.technical')?.hasAttribute('open')), { message: 'the technical details open' });
}

forBrowsers(['chromium', 'firefox'], (kind) => {
  const v = useVigil(kind);

  it('a site that answers 503 reads "the server says it is unavailable"; the code and timings wait behind Technical details', async () => {
    const site = { url: v.url('/status/503'), name: 'Failing' };
    const { page, list } = await watchAndOpen(v, [site], { retry: { attempts: 0, delaySeconds: 1 } });
    expect(byUrl(list, site.url)?.reason).toBe('Down — the server says it is unavailable (HTTP 503)');
    // The row's tooltip keeps a short plain form.
    const tooltip = await evaluate(page, () => document.querySelector('[data-site-url] .reason')?.getAttribute('title') ?? '');
    expect(tooltip).toMatch(/^Checked .+: answered in [\d.,]+ (ms|sec)$/);

    await clickButton(page, 'Failing');
    await waitFor(async () => (await text(page, '.detail .reason')).length > 0, { message: 'the detail' });
    expect(await text(page, '.detail .reason')).toBe('Down — the server says it is unavailable (HTTP 503)');
    expect(await seen(page)).not.toMatch(TECHNICAL);
    expect(await fact(page, 'total')).toMatchObject({ visible: false });

    await openTechnicalDetails(page);
    expect(await fact(page, 'http')).toEqual({ text: 'HTTP 503', visible: true });
    expect(await fact(page, 'total')).toMatchObject({ text: expect.stringMatching(/^[\d.,]+ (ms|sec)$/), visible: true });
    expect(await fact(page, 'read')).toMatchObject({ text: expect.stringMatching(/^\d+ byte$/), visible: true });
    expect(await seen(page)).toMatch(/Technical details\s*Checked at/);
  });

  it('a refused connection reads "the connection was refused"; the browser’s error name is a technical detail', async () => {
    const site = { url: `http://127.0.0.1:${v.refusedPort}/`, name: 'Refusing' };
    const { page, list } = await watchAndOpen(v, [site], { retry: { attempts: 0, delaySeconds: 1 } });
    const row = byUrl(list, site.url);
    expect([row?.status, row?.cause]).toEqual(['down', 'refused']);
    expect(row?.reason).toBe('Down — the connection was refused');
    expect(row?.text).not.toMatch(TECHNICAL);

    await clickButton(page, 'Refusing');
    await waitFor(async () => (await text(page, '.detail .reason')) === 'Down — the connection was refused', { message: 'the plain reason in the detail' });
    expect(await seen(page)).not.toMatch(TECHNICAL);
    await openTechnicalDetails(page);
    // Each browser names the failure its own way; both are kept as they came, for a search engine.
    expect((await fact(page, 'error'))?.text).toMatch(kind === 'chromium' ? /^net::ERR_CONNECTION_REFUSED$/ : /REFUSED|refused/);
    expect(await fact(page, 'http')).toBeUndefined();
  });

  it('a shielded site says what the protection did and that a person usually gets through; the vendor is a technical detail', async () => {
    const site = { url: v.url('/challenge/cloudflare'), name: 'Shielded' };
    const { page, list } = await watchAndOpen(v, [site], { retry: { attempts: 0, delaySeconds: 1 } });
    expect(byUrl(list, site.url)?.status).toBe('shielded');
    expect(byUrl(list, site.url)?.reason).not.toMatch(/Cloudflare/);
    await clickButton(page, 'Shielded');
    await waitFor(async () => (await text(page, '.detail .hint')).length > 0, { message: 'the shielded hint' });
    expect(await text(page, '.detail .hint')).toMatch(/usually gets through/);
    expect(await seen(page)).not.toMatch(/Cloudflare/);
    await openTechnicalDetails(page);
    expect((await fact(page, 'answered_by'))?.text).toMatch(/^Cloudflare /);
  });
});
