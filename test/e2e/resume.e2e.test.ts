/**
 * The worker stopped at random moments of a round, again and again (issue 11): no check lost, no
 * notice twice, one grouped notification per round's outages, the popup never stuck "Checking…".
 * Seeded: the seed is printed, and VIGIL_CHAOS_SEED replays a run.
 */
import { expect, it } from 'vitest';
import { readDb } from '../../scripts/lib/extension-db.mjs';
import { seededRandom } from '../../scripts/lib/seeded-random.mjs';
import { forBrowsers, useVigil } from './support/session';
import { noticeTexts, notificationIds, setWatchlist, waitFor, watchlistOf, clearNotifications, evaluate } from './support/vigil';

const STOPS = 10;
const SITES = 12;
const DOWN = 3;


interface Check {
  siteUrl: string;
  hour: number;
  checks: unknown[];
}

forBrowsers(['chromium'], (kind) => {
  const v = useVigil(kind);

  it(`the worker stopped at random moments of ${STOPS} rounds in a row: 0 checks lost, 0 duplicate or extra notifications, never stuck`, async () => {
    const seed = Number(process.env.VIGIL_CHAOS_SEED ?? Date.now() % 1_000_000);
    console.log(`resume chaos seed: ${seed} (VIGIL_CHAOS_SEED=${seed} replays it)`);
    const random = seededRandom(seed);
    for (let round = 1; round <= STOPS; round += 1) {
      await clearNotifications(v.handle);
      // Each round its own sites (new addresses): their outages are new incidents, told once.
      const sites = Array.from({ length: SITES }, (_, i) => ({
        url: i < DOWN ? v.url(`/status/503?round=${round}&site=${i}`) : v.url(`/slow?ms=${200 + Math.round(random() * 1200)}&round=${round}&site=${i}`),
        name: `R${round} site ${i + 1}`,
        slowMs: 10_000,
      }));
      const started = Date.now();
      await setWatchlist(v.handle, watchlistOf(sites, v.canaries(), { attempts: 0, delaySeconds: 1 }));
      // Stopped somewhere in the round: before its first result, half-way, or near its end.
      await new Promise((r) => setTimeout(r, Math.round(random() * 2500)));
      await v.handle.stopWorker();
      // Woken as a person or the browser would: an alarm (the worker started), or the popup opened.
      const popup = random() < 0.5 ? (await v.handle.startWorker(), undefined) : await v.popup();

      const urls = sites.map((s) => s.url);
      await waitFor(
        async () => {
          const hours = (await readDb(v.handle, { store: 'checks', urls })) as Check[];
          const checked = new Set(hours.filter((h) => h.checks.length > 0).map((h) => h.siteUrl));
          return checked.size === urls.length;
        },
        { timeout: 60_000, message: `round ${round} (seed ${seed}): every site checked after the stop` },
      );
      await waitFor(async () => (await notificationIds(v.handle)).length > 0, { timeout: 30_000, message: `round ${round} (seed ${seed}): its outage notification` });
      const page = popup ?? (await v.popup());
      await waitFor(async () => (await evaluate(page, () => document.querySelector('ul.sites')?.getAttribute('aria-busy'))) === 'false', { timeout: 30_000, message: `round ${round} (seed ${seed}): the popup not stuck busy` });
      expect(await evaluate(page, () => document.querySelector('.progress')?.textContent ?? '')).toBe('');
      await page.close();

      const notices = (await noticeTexts(v.handle)).filter((n) => n.kind === 'down' && urls.includes(n.siteUrl));
      expect(notices.map((n) => n.siteUrl).sort(), `round ${round} (seed ${seed}): one notice per outage`).toEqual(urls.slice(0, DOWN).sort());
      expect(notices.every((n) => n.delivered), `round ${round}: every notice delivered`).toBe(true);
      const shown = await notificationIds(v.handle);
      expect(shown, `round ${round} (seed ${seed}): one grouped notification`).toHaveLength(1);
      expect(shown[0]).toMatch(/^group-down:/);
      const round_ = (await readDb(v.handle, { store: 'meta', key: 'round' })) as { value: { running: boolean; startedAt: number } };
      expect(round_.value.running).toBe(false);
      expect(Date.now() - started).toBeGreaterThan(0);
    }
  });
});
