import { describe, expect, it } from 'vitest';
import { readOverviewRecords } from '../../../src/history/bare-read';
import { openHistoryDb } from '../../../src/history/db';
import { historyOverview } from '../../../src/history/read';
import { writeResults } from '../../../src/history/write';
import { step } from '../../../src/monitor/monitor';
import { result, settings } from '../helpers';

const T = Date.parse('2026-11-25T10:00:00Z');

describe('readOverviewRecords: the bench\'s floor for the overview', () => {
  it('reads the records the overview computes from, only for the sites asked', async () => {
    const db = await openHistoryDb(`t-${Math.random()}`);
    const urls = ['https://a.example/', 'https://b.example/', 'https://c.example/'];
    for (const siteUrl of urls) {
      const r = result({ siteUrl, at: T });
      const out = step({ prev: undefined, result: r, settings: settings(), connectivity: 'ok', now: T, random: () => 0.5 });
      await writeResults(db, [{ result: r, prev: undefined, step: out }], T);
    }
    const overview = await historyOverview(db, T, urls.slice(0, 2));
    expect(overview.size).toBe(2);
    // Each site has its recent record; closed-day summaries exist only once a day has closed.
    const read = await readOverviewRecords(db, urls.slice(0, 2));
    expect(read).toBeGreaterThanOrEqual(2);
    expect(read).toBeLessThanOrEqual(4);
    expect(await readOverviewRecords(db, [])).toBe(0);
  });
});
