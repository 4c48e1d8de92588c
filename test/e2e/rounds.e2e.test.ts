/**
 * Rounds as a person meets them: "Check now" shows the list busy and then fresh results; a round's
 * results survive the background being stopped half-way, without a second notification.
 */
import { expect, it } from 'vitest';
import { listBusy, waitForRoundEnd, watchAndOpen } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { byUrl, clickButton, noticeTexts, notificationIds, rows, setWatchlist, text, waitFor, waitForRows, watchlistOf } from './support/vigil';

forBrowsers(['chromium', 'firefox'], (kind) => {
  const v = useVigil(kind);

  it('"Check now" marks the list busy while it runs, then shows fresh results', async () => {
    const sites = [{ url: v.url('/slow?ms=1500'), name: 'Slow enough to watch', slowMs: 5000 }, { url: v.url('/ok/check-now'), name: 'Quick' }];
    const { page } = await watchAndOpen(v, sites);
    await waitForRows(page, (r) => r.length === 2 && r.every((x) => x.status === 'up'), 'the first results');
    const before = v.server.hits('/ok/check-now');
    await waitForRoundEnd(page, 'the first round to end');
    await clickButton(page, 'Check now');
    await waitFor(async () => (await listBusy(page)) === 'true', { message: 'aria-busy during the round', interval: 20 });
    expect(await text(page, '.progress')).toMatch(/Checking… \d of 2|Starting…/);
    await waitForRoundEnd(page);
    expect(v.server.hits('/ok/check-now')).toBe(before + 1);
    expect((await rows(page)).every((r) => r.status === 'up')).toBe(true);
  });

  it('results survive the background being stopped mid-round, with no duplicate notification', async () => {
    const sites = [
      { url: v.url('/status/500'), name: 'Broken' },
      { url: v.url('/ok/survivor'), name: 'Survivor' },
      { url: v.url('/slow?ms=4000'), name: 'Slowpoke', slowMs: 10_000 },
    ];
    await setWatchlist(v.handle, watchlistOf(sites, v.canaries(), { attempts: 0, delaySeconds: 1 }));
    let page = await v.popup();
    await waitForRows(page, (r) => byUrl(r, sites[0]!.url)?.status === 'down' && byUrl(r, sites[1]!.url)?.status === 'up', 'the quick results');
    await waitFor(async () => (await notificationIds(v.handle)).length === 1, { message: 'one outage notification' });
    await v.handle.stopWorker(); // the slow probe is still in flight
    await page.close();

    page = await v.popup();
    const list = await waitForRows(page, (r) => r.length === 3, 'the popup after the stop');
    expect(byUrl(list, sites[0]!.url)).toMatchObject({ status: 'down', cause: 'http' });
    expect(byUrl(list, sites[1]!.url)?.status).toBe('up');

    await v.handle.startWorker(); // as the next alarm would
    await clickButton(page, 'Check now');
    await waitForRows(page, (r) => r.every((x) => x.status !== 'unknown'), 'a full round after the restart');
    expect((await noticeTexts(v.handle)).filter((n) => n.id.startsWith('down:') && n.title === 'Broken is down')).toHaveLength(1);
    expect(await notificationIds(v.handle)).toHaveLength(1);
  });
});
