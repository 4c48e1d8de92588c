/**
 * Issue 12, honest words: a site watched for minutes says what was seen in time, never a
 * percentage; a site with a long history shows its percentages beside the time seen; every row
 * shows its last checks as beads from the first check; the 90-day strip says each day; the
 * 24-hour chart has its axes. Histories are written through the product's own door (support/seed.ts).
 */
import { expect, it } from 'vitest';
import { watchAndOpen } from './support/pages';
import { seedHistory } from './support/seed';
import { forBrowsers, useVigil, type Vigil } from './support/session';
import { byUrl, clickButton, evaluate, setWatchlist, waitFor, waitForRows, watchlistOf, type AnyPage } from './support/vigil';

const MIN = 60_000;
const DAY = 86_400_000;

interface RowWords {
  uptime: string;
  outage: string;
  beads: number;
  beadsLabel: string;
  beadStatuses: string[];
  beadTitles: string[];
}

function rowWords(page: AnyPage, url: string): Promise<RowWords | undefined> {
  return evaluate(page, (u: string) => {
    const row = document.querySelector(`[data-site-url="${u}"]`);
    if (!row) return undefined;
    const beads = [...row.querySelectorAll<HTMLElement>('.bead')];
    return {
      uptime: row.querySelector('.uptime')?.textContent ?? '',
      outage: row.querySelector('.outage-for')?.textContent ?? '',
      beads: beads.length,
      beadsLabel: row.querySelector('.beads')?.getAttribute('aria-label') ?? '',
      beadStatuses: beads.map((b) => b.dataset.beadStatus ?? ''),
      beadTitles: beads.map((b) => b.title),
    };
  }, url);
}

/** The detail's uptime table: each period's name, whether it shows a percentage, and its words. */
function uptimeTable(page: AnyPage): Promise<Array<{ window: string; figure: string; words: string }>> {
  return evaluate(page, () =>
    [...document.querySelectorAll<HTMLElement>('tr[data-window]')].map((tr) => ({ window: tr.dataset.window ?? '', figure: tr.dataset.figure ?? '', words: tr.querySelector('td')?.textContent ?? '' })),
  );
}

async function openDetail(page: AnyPage, name: string): Promise<void> {
  await clickButton(page, name);
  await waitFor(async () => (await uptimeTable(page)).length === 5, { message: 'the uptime table' });
}

/** A site on its own path (each test its own history), answering `status`. */
function ownSite(v: Vigil, path: string, status: number): string {
  v.server.setRoute(path, { status, body: status === 200 ? '<!doctype html><title>ok</title>ok' : 'Service Unavailable' });
  return v.url(path);
}

forBrowsers(['chromium', 'firefox'], (kind) => {
  const v = useVigil(kind);
  const settings = (sites: Array<{ url: string; name: string }>) => watchlistOf(sites, v.canaries(), { attempts: 0, delaySeconds: 1 });

  it('a site watched four minutes and down three of them says so in time, with no percentage in the row or the detail', async () => {
    const url = ownSite(v, `/honest/young-${kind}`, 503);
    const watchlist = settings([{ url, name: 'Young site' }]);
    const now = Date.now();
    await seedHistory(v.handle, {
      siteUrl: url,
      settings: watchlist.settings,
      checks: [
        { at: now - 230_000, outcome: 'up' },
        { at: now - 170_000, outcome: 'down', httpStatus: 503 },
        { at: now - 5_000, outcome: 'down', httpStatus: 503 },
      ],
    });
    await setWatchlist(v.handle, watchlist);
    const page = await v.popup();
    await waitForRows(page, (r) => byUrl(r, url)?.status === 'down', 'the young site to be down');
    const row = await waitFor(async () => {
      const words = await rowWords(page, url);
      return words?.uptime.startsWith('Watching since') ? words : undefined;
    }, { message: 'the row to say what was seen' });
    const seen = /^Watching since .+ \((\d+) min\) · down (\d+) min of it$/.exec(row.uptime);
    expect(seen, row.uptime).not.toBeNull();
    // Four minutes old, three down, give or take the minute the test itself takes.
    expect(Number(seen![1])).toBeGreaterThanOrEqual(4);
    expect(Number(seen![2])).toBeGreaterThanOrEqual(3);
    expect(Number(seen![2])).toBeLessThan(Number(seen![1]));
    expect(row.uptime).not.toContain('%');
    expect(row.outage).toMatch(/^Down for \d+ min, since .+$/);
    // Its checks as beads: the good one first, then the failures.
    expect(row.beads).toBeGreaterThanOrEqual(3);
    expect(row.beadStatuses.slice(0, 3)).toEqual(['up', 'down', 'down']);
    expect(row.beadsLabel).toMatch(/^Last \d+ checks: \d+ down and 1 up$/);
    expect(row.beadTitles[1]).toMatch(/: down \(.*503.*\)$/);

    await openDetail(page, 'Young site');
    const table = await uptimeTable(page);
    expect(table.map((r) => r.window)).toEqual(['24h', '7d', '30d', '90d', '365d']);
    for (const r of table) {
      expect(r.figure).toBe('time');
      expect(r.words).toMatch(/^Watching since .+ · down \d+ min of it$/);
      expect(r.words).not.toContain('%');
    }
  });

  it('a site with a long history shows its percentages with the time seen, each day of the strip in words, and the chart with its axes', async () => {
    const url = ownSite(v, `/honest/long-${kind}`, 200);
    const watchlist = settings([{ url, name: 'Long watched' }]);
    const now = Date.now();
    const hour = Math.floor(now / 3_600_000) * 3_600_000;
    await seedHistory(v.handle, {
      siteUrl: url,
      settings: watchlist.settings,
      past: { from: hour - 20 * DAY, to: hour, downAt: hour - 5 * DAY, downMinutes: 23 },
      checks: [{ at: now - 2 * MIN, outcome: 'up' }],
    });
    await setWatchlist(v.handle, watchlist);
    const page = await v.popup();
    await waitForRows(page, (r) => byUrl(r, url)?.status === 'up', 'the site to be up');
    const row = await waitFor(async () => {
      const words = await rowWords(page, url);
      return words?.uptime.includes('%') ? words : undefined;
    }, { message: 'the row to show its percentage' });
    expect(row.uptime).toMatch(/^99\.\d% up over 30 days · observed 20 days( \d+ hr)? of 30 days$/);
    expect(row.outage).toBe('');

    await openDetail(page, 'Long watched');
    const table = await uptimeTable(page);
    expect(table.map((r) => r.figure)).toEqual(['percent', 'percent', 'percent', 'percent', 'time']);
    expect(table[0]!.words).toMatch(/^100\.0% up over 24 hours · observed \d+ hr( \d+ min)? of 24 hours$/);
    expect(table[2]!.words).toMatch(/^99\.\d% up over 30 days · observed 20 days( \d+ hr)? of 30 days$/);
    // Twenty days of a year: too little for a yearly percentage, so the time seen and the downtime.
    expect(table[4]!.words).toMatch(/^Observed 20 days( \d+ hr)? of 365 days · down 23 min of it$/);

    // The strip: one element per day, each with its own words.
    const days = await evaluate(page, () => [...document.querySelectorAll('svg.days g.day')].map((g) => g.querySelector('title')?.textContent ?? ''));
    expect(days).toHaveLength(90);
    expect(days.filter((d) => /: down 23 min, observed 24 hr$/.test(d))).toHaveLength(1);
    expect(days[0]).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}: no data$/);
    expect(days.filter((d) => d.endsWith(': no downtime seen, observed 24 hr')).length).toBeGreaterThanOrEqual(15);

    // The 24-hour chart: times below (every six hours) and response times on the left.
    await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('svg.latency-chart .x-tick').length)) >= 3, { message: 'the chart and its axes' });
    const axes = await evaluate(page, () => ({
      x: [...document.querySelectorAll('svg.latency-chart .x-tick')].map((t) => t.textContent ?? ''),
      y: [...document.querySelectorAll('svg.latency-chart .y-tick text')].map((t) => t.textContent ?? ''),
    }));
    for (const t of axes.x) expect(t).toMatch(/^\d{1,2}:00( [AP]M)?$/);
    expect(axes.y).toEqual(['0 ms', expect.stringMatching(/^\d+ ms$/), expect.stringMatching(/^\d+ ms|\d+(\.\d)? sec$/)]);
  });

  it('a new site shows its first check as a bead at once', async () => {
    const url = ownSite(v, `/honest/new-${kind}`, 200);
    const { page } = await watchAndOpen(v, [{ url, name: 'Brand new' }]);
    const row = await waitFor(async () => {
      const words = await rowWords(page, url);
      return words && words.beads > 0 ? words : undefined;
    }, { message: 'the first bead' });
    expect(row.beadStatuses[0]).toBe('up');
    expect(row.beadsLabel).toMatch(/^Last \d+ checks?: \d+ up$/);
    expect(row.beadTitles[0]).toMatch(/: up, first byte after \d+ ms$/);
    expect(row.uptime).toMatch(/^Watching since /);
    expect(row.uptime).not.toContain('%');
  });
});
