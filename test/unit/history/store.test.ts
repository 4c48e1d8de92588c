import { describe, expect, it } from 'vitest';
import { openHistoryDb as openHistory, type HistoryDb } from '../../../src/history/db';
import { dayKey, dayStart, yearStart } from '../../../src/history/periods';
import { bucketsCsv, checksCsv, CHECK_COLUMNS, csvField, incidentsJson } from '../../../src/history/export';
import { addObserved, addProbe, emptyBucket, mergeInto, readBucket } from '../../../src/history/bucket';
import { HistoryStore } from '../../../src/history/store';
import { expandHours } from '../../../src/history/bucket-store';
import { dailyBuckets, historyOverview, latencyPoints, recentIncidents } from '../../../src/history/read';
import { BUDGET_TIERS, DAY_MS, prune } from '../../../src/history/retention';
import { writeResults, writeResultsSafely, type ProbeWrite } from '../../../src/history/write';
import { step } from '../../../src/monitor/monitor';
import type { SiteState } from '../../../src/model';
import { SITE, down, result, settings } from '../helpers';

/** Checks stored, however they are packed. */
const countChecks = async (db: HistoryDb) => (await db.getAll('checks')).reduce((n, hour) => n + hour.checks.length, 0);

const T = Date.parse('2026-11-25T10:00:00Z');
const MIN = 60_000;
const name = () => `t-${Math.random()}`;

/** The same path the runner takes: monitor step, then one transaction. */
async function probeAt(db: HistoryDb, r = result(), attempts = 0): Promise<void> {
  const prev = await db.get('states', r.siteUrl);
  const out = step({ prev, result: r, settings: settings({ retry: { attempts, delaySeconds: 1 } }), connectivity: 'ok', now: r.at, random: () => 0.5 });
  await writeResults(db, [{ result: r, prev, step: out }], r.at);
}

describe('the write path', () => {
  it('writes samples, rollups, summary, transitions and incidents together', async () => {
    const db = await openHistory(name());
    for (let i = 0; i < 12; i += 1) await probeAt(db, result({ at: T + i * 5 * MIN, ttfbMs: 100 + i }));
    await probeAt(db, down('http', { at: T + 60 * MIN }));
    await probeAt(db, result({ at: T + 65 * MIN }));
    expect(await countChecks(db)).toBe(14);
    const hours = expandHours(await db.getAll('hourly'));
    expect(hours.map((h) => readBucket(h.b).counts.up + readBucket(h.b).counts.down)).toEqual([12, 2]);
    // Each span belongs to the status that held during it: up until 11:00, then down until 11:05.
    expect(readBucket(hours[0]!.b).observedSeconds.up).toBe(3600);
    expect(readBucket(hours[1]!.b).observedSeconds).toMatchObject({ up: 0, down: 300 });
    const transitions = await db.getAll('transitions');
    expect(transitions.map((t) => [t.from, t.to])).toEqual([['unknown', 'up'], ['up', 'down'], ['down', 'up']]);
    expect(await recentIncidents(db, T)).toMatchObject([{ siteUrl: SITE.url, start: T + 60 * MIN, end: T + 65 * MIN, cause: 'http' }]);
    const overview = (await historyOverview(db, T + 65 * MIN)).get(SITE.url)!;
    expect(overview.uptime['24h'].available).toBeCloseTo(3600 / 3900, 5);
    expect(overview.strip).toHaveLength(90);
    const points = await latencyPoints(db, SITE.url, T + 65 * MIN);
    expect(points).toHaveLength(14);
    expect(points[12]).toEqual({ at: T + 60 * MIN, outcome: 'down' });
  });

  it('gives each site its last checks as beads from the first check on, each with the status it was taken under, and when watching began', async () => {
    const db = await openHistory(name());
    // One check: a bead at once, and watching began with it.
    await probeAt(db, result({ at: T }));
    let overview = (await historyOverview(db, T)).get(SITE.url)!;
    expect(overview.beads.map((b) => b.status)).toEqual(['up']);
    expect(overview.since).toBe(T);
    // Down for three minutes, then the user's own connection drops: that check is no outage of the site.
    await probeAt(db, down('http', { at: T + MIN, httpStatus: 503 }));
    await probeAt(db, down('http', { at: T + 2 * MIN, httpStatus: 503 }));
    await probeAt(db, down('http', { at: T + 4 * MIN, httpStatus: 503 }));
    const prev = await db.get('states', SITE.url);
    const r = down('network', { at: T + 5 * MIN });
    const out = step({ prev, result: r, settings: settings({ retry: { attempts: 0, delaySeconds: 1 } }), connectivity: 'offline', now: r.at, random: () => 0.5 });
    await writeResults(db, [{ result: r, prev, step: out }], r.at);
    overview = (await historyOverview(db, T + 5 * MIN)).get(SITE.url)!;
    expect(overview.beads.map((b) => b.status)).toEqual(['up', 'down', 'down', 'down', 'offline']);
    expect(overview.beads.map((b) => b.result.at)).toEqual([0, 1, 2, 4, 5].map((m) => T + m * MIN));
    expect(overview.since).toBe(T);
    expect(overview.uptime['24h']).toMatchObject({ upSeconds: 60, downSeconds: 240 });
    // Only the last ones, oldest first, across check hours.
    for (let i = 1; i <= 30; i += 1) await probeAt(db, result({ at: T + (5 + i * 5) * MIN }));
    const many = (await historyOverview(db, T + 160 * MIN, [SITE.url], 24)).get(SITE.url)!;
    expect(many.beads).toHaveLength(24);
    expect(many.beads.at(-1)!.result.at).toBe(T + 155 * MIN);
    expect(many.beads.every((b, i) => i === 0 || b.result.at > many.beads[i - 1]!.result.at)).toBe(true);
  });

  it('closes each finished day into a daily bucket, the sum of its hours, kept in a year record', async () => {
    const db = await openHistory(name());
    const start = Date.parse('2026-11-20T12:00:00Z');
    for (let at = start; at <= start + 4 * DAY_MS; at += 60 * MIN) await probeAt(db, result({ at, ttfbMs: 200 }));
    const days = await dailyBuckets(db);
    // Probes hourly from 20 Nov 13:00 to 24 Nov 13:00, Brussels time.
    expect(days.map((d) => dayKey(d.start))).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']);
    expect(days.map((d) => readBucket(d.b).counts.up)).toEqual([11, 24, 24, 24, 14]);
    // Checked hourly on a 5-minute schedule: each check vouches for 5 min + the grace, not the hour.
    expect(readBucket(days[2]!.b).observedSeconds.up).toBe(24 * (5 * 60 + 90));
    expect(await db.count('daily')).toBe(1); // one record for the year
  });

  it('days that close together (history filed at once) go into their years, the same as one by one', async () => {
    const history = await HistoryStore.open({ name: name() });
    const hours = new Map<number, number[]>();
    const days = new Map<number, number[]>();
    // 30 Dec 2025 to 3 Jan 2026, an up check each hour, filed in one delta: two year records.
    for (let at = Date.parse('2025-12-29T23:00:00Z'); at < Date.parse('2026-01-03T23:00:00Z'); at += 3_600_000) {
      const bucket = emptyBucket();
      addProbe(bucket, 'up', 100);
      addObserved(bucket, 'up', 3600);
      hours.set(at, bucket);
      const day = dayStart(at);
      const total = days.get(day) ?? emptyBucket();
      mergeInto(total, bucket);
      days.set(day, total);
    }
    await history.recordRollups([{ delta: { siteUrl: SITE.url, hours, days }, now: Date.parse('2026-01-05T10:00:00Z') }]);
    const daily = (await history.exportDaily()).trim().split('\r\n').slice(1);
    expect(daily.map((l) => l.split(',')[2])).toEqual(['2025-12-29T23:00:00.000Z', '2025-12-30T23:00:00.000Z', '2025-12-31T23:00:00.000Z', '2026-01-01T23:00:00.000Z', '2026-01-02T23:00:00.000Z']);
    expect(daily.map((l) => Number(l.split(',')[3]))).toEqual([24, 24, 24, 24, 24]);
  });

  it('a quota error prunes and retries: the round being written is not lost', async () => {
    const db = await openHistory(name());
    const prev: SiteState | undefined = undefined;
    const r = result({ at: T });
    const write: ProbeWrite = { result: r, prev, step: step({ prev, result: r, settings: settings(), connectivity: 'ok', now: T, random: () => 0.5 }) };
    let failures = 1;
    const flaky = new Proxy(db, {
      get(target, key, receiver) {
        if (key === 'transaction' && failures-- > 0) return () => { throw new DOMException('disk full', 'QuotaExceededError'); };
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    let pruned = 0;
    await writeResultsSafely(flaky, [write], T, async () => void (pruned += 1));
    expect(pruned).toBe(1);
    expect(await countChecks(db)).toBe(1);
    // Any other error is not swallowed.
    const broken = new Proxy(db, { get: (t, k) => (k === 'transaction' ? () => { throw new TypeError('bug'); } : Reflect.get(t, k)) });
    await expect(writeResultsSafely(broken, [write], T, async () => undefined)).rejects.toThrow('bug');
  });
});

describe('retention', () => {
  it('keeps 48 h of checks, 90 days of hours, years of days and incidents', async () => {
    const db = await openHistory(name());
    const now = T;
    for (const age of [3 * DAY_MS, DAY_MS]) await probeAt(db, result({ at: now - age }));
    await db.put('hourly', { siteUrl: SITE.url, start: now - 100 * DAY_MS, hours: [] });
    await db.put('daily', { siteUrl: SITE.url, start: yearStart(now - 3 * 365 * DAY_MS), days: [] });
    await db.put('daily', { siteUrl: SITE.url, start: yearStart(now - 11 * 365 * DAY_MS), days: [] });
    await db.add('incidents', { siteUrl: SITE.url, start: now - 3 * 365 * DAY_MS, end: now - 3 * 365 * DAY_MS + MIN, cause: 'http', firstEvidence: down('http'), lastEvidence: result() });
    const report = await prune(db, now);
    expect(report.removed).toMatchObject({ checks: 1, hourly: 1, daily: 1, incidents: 0 });
    expect(await countChecks(db)).toBe(1);
    expect((await db.getAll('daily')).map((r) => new Date(r.start).getFullYear())).toEqual([2023, 2026]);
    expect(await db.count('incidents')).toBe(1);
  });

  it('over budget, the oldest detail goes first and incidents last; an open incident never goes', async () => {
    const db = await openHistory(name());
    const now = T;
    await probeAt(db, result({ at: now - 30 * 3600_000 }));
    await db.add('incidents', { siteUrl: SITE.url, start: now - 500 * DAY_MS, cause: 'http', firstEvidence: down('http'), lastEvidence: down('http') });
    await db.add('incidents', { siteUrl: SITE.url, start: now - 500 * DAY_MS, end: now - 499 * DAY_MS, cause: 'dns', firstEvidence: down('dns'), lastEvidence: down('dns') });
    let usage = 100;
    const steps: number[] = [];
    const estimate = async () => {
      steps.push(await countChecks(db));
      return { usage: usage-- > 97 ? 60 * 1024 * 1024 : 1 };
    };
    const first = await prune(db, now, estimate);
    expect(first.tiers).toBe(3);
    expect(first.removed.checks).toBe(1); // checks were the first thing squeezed
    expect(await db.count('incidents')).toBe(2);
    // A squeeze that must go all the way reaches incidents last, and keeps the open one.
    const all = await prune(db, now, async () => ({ usage: Number.MAX_SAFE_INTEGER }));
    expect(all.tiers).toBe(BUDGET_TIERS.length);
    expect((await db.getAll('incidents')).map((i) => i.cause)).toEqual(['http']);
  });
});

describe('exports', () => {
  it('writes documented CSV columns, quoted and defused', async () => {
    const csv = checksCsv([{ ...down('http', { at: T, finalUrl: 'https://x.eu/a,b' }), evidence: { error: '=cmd|"calc"' } }]);
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe(CHECK_COLUMNS.join(','));
    expect(row).toBe(`${SITE.url},2026-11-25T10:00:00.000Z,down,http,503,120,150,2048,"https://x.eu/a,b",,"'=cmd|""calc"""`);
    expect(csvField(-5)).toBe('-5');
  });

  it('exports buckets with latency figures and incidents as JSON', async () => {
    const db = await openHistory(name());
    await probeAt(db, result({ at: T, ttfbMs: 200 }));
    const csv = bucketsCsv('hour', expandHours(await db.getAll('hourly')));
    expect(csv.split('\r\n')[1]).toBe(`${SITE.url},hour,2026-11-25T10:00:00.000Z,1,0,0,0,0,0,0,0,0,0,1,200,200,200,200,200`);
    const incident = { id: 7, siteUrl: SITE.url, start: T, end: T + 60_000, cause: 'http' as const, firstEvidence: down('http'), lastEvidence: result() };
    const check = { siteUrl: SITE.url, measurementId: 'm1', at: T + 1000, verdict: 'everyone' as const, excluded: 1, trigger: 'outage' as const, incidentId: 7, words: { key: 'crosscheck_everyone', args: [] }, probes: [{ country: 'DE', city: 'Berlin', asn: 3320, network: 'DTAG', verdict: 'down' as const, cause: 'http' as const, httpStatus: 503, timeMs: 120 }] };
    const withChecks = JSON.parse(incidentsJson([incident], T, [check as never, { ...check, incidentId: 8 } as never]));
    expect(withChecks.incidents[0].crossChecks).toEqual([
      { measurementId: 'm1', at: '2026-11-25T10:00:01.000Z', verdict: 'everyone', excluded: 1, probes: [{ country: 'DE', city: 'Berlin', asn: 3320, network: 'DTAG', verdict: 'down', httpStatus: 503, timeMs: 120 }] },
    ]);
    const json = JSON.parse(incidentsJson([], T));
    expect(json).toEqual({ format: 'vigil-incidents', version: 1, exportedAt: '2026-11-25T10:00:00.000Z', incidents: [] });
  });
});
