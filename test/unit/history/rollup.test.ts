import { describe, expect, it } from 'vitest';
import { addObserved, addProbe, decodeBucket, emptyBucket, encodeBucket, mergeInto, readBucket } from '../../../src/history/bucket';
import { addHour, expandHours } from '../../../src/history/bucket-store';
import { dayKey, dayStart, hourStart, nextDayStart, splitSpan, HOUR_MS } from '../../../src/history/periods';
import { GRACE_MS, observedSpan, rollupDelta } from '../../../src/history/rollup';
import { applyToRecent, closeDays, emptyRecent, emptySummary } from '../../../src/history/observed';
import { dailyStrip, uptimeTable } from '../../../src/history/uptime';
import { formatPercent } from '../../../src/i18n/format';
import type { SiteState } from '../../../src/model';
import { SITE, down, en, result } from '../helpers';

const T = Date.parse('2026-11-25T10:00:00Z');
const MIN = 60_000;

describe('buckets', () => {
  it('count outcomes, sum observed time and keep latency min/mean/max with a usable median and p95', () => {
    const b = emptyBucket();
    for (const ms of [80, 120, 150, 180, 220, 250, 400, 900, 1200, 4200]) addProbe(b, 'up', ms);
    addProbe(b, 'down', undefined);
    addObserved(b, 'up', 3000);
    addObserved(b, 'down', 600);
    const v = readBucket(b);
    expect(v.counts).toEqual({ up: 10, slow: 0, shielded: 0, down: 1, offline: 0 });
    expect(v.observedSeconds).toMatchObject({ up: 3000, down: 600 });
    expect(v.latency).toMatchObject({ n: 10, min: 80, max: 4200, mean: 770 });
    expect(v.latency!.p50).toBeGreaterThanOrEqual(200);
    expect(v.latency!.p50).toBeLessThanOrEqual(300);
    expect(v.latency!.p95).toBeGreaterThan(1500);
    expect(v.latency!.p95).toBeLessThanOrEqual(4200);
  });

  it('merge like adding the probes one by one', () => {
    const a = emptyBucket();
    const b = emptyBucket();
    const all = emptyBucket();
    [100, 300].forEach((ms) => (addProbe(a, 'up', ms), addProbe(all, 'up', ms)));
    [50, 2000].forEach((ms) => (addProbe(b, 'slow', ms), addProbe(all, 'slow', ms)));
    mergeInto(a, b);
    expect(a).toEqual(all);
    const empty = emptyBucket();
    mergeInto(empty, all);
    expect(readBucket(empty).latency?.min).toBe(50);
  });
});

describe('stored buckets', () => {
  it('round-trip exactly, and a quiet healthy hour drops its trailing zeros', () => {
    const quiet = emptyBucket();
    for (let i = 0; i < 12; i += 1) addProbe(quiet, 'up', 100 + i * 20);
    addObserved(quiet, 'up', 3600);
    expect(decodeBucket(encodeBucket(quiet))).toEqual(quiet);
    expect(encodeBucket(quiet).length).toBeLessThan(quiet.length / 2);
    const busy = emptyBucket();
    addProbe(busy, 'offline', undefined);
    addObserved(busy, 'down', 60);
    addProbe(busy, 'slow', 12_000);
    expect(decodeBucket(encodeBucket(busy))).toEqual(busy);
    expect(decodeBucket(encodeBucket(emptyBucket()))).toEqual(emptyBucket());
  });

  it('hours of a day are kept in order and merged by hour', () => {
    const day = { siteUrl: SITE.url, start: dayStart(T), hours: [] as number[] };
    const b = (ms: number) => {
      const x = emptyBucket();
      addProbe(x, 'up', ms);
      return x;
    };
    addHour(day, hourStart(T) + HOUR_MS, b(300));
    addHour(day, hourStart(T), b(100));
    addHour(day, hourStart(T), b(200));
    const hours = expandHours([day]);
    expect(hours.map((h) => [h.start - hourStart(T), readBucket(h.b).latency?.n, readBucket(h.b).latency?.mean])).toEqual([[0, 2, 150], [HOUR_MS, 1, 300]]);
  });
});

describe('bucket edges', () => {
  it('local days are 23 and 25 hours long on daylight-saving changes (Europe/Brussels)', () => {
    const spring = dayStart(Date.parse('2026-03-29T12:00:00Z'));
    const autumn = dayStart(Date.parse('2026-10-25T12:00:00Z'));
    expect((nextDayStart(spring) - spring) / HOUR_MS).toBe(23);
    expect((nextDayStart(autumn) - autumn) / HOUR_MS).toBe(25);
    expect(dayKey(autumn)).toBe('2026-10-25');
  });

  it('splits a span at hour and day edges', () => {
    const from = Date.parse('2026-11-25T22:50:00Z'); // 23:50 in Brussels
    const pieces = splitSpan(from, from + 20 * MIN, dayStart, nextDayStart);
    expect(pieces).toEqual([[dayStart(from), 600], [nextDayStart(dayStart(from)), 600]]);
    expect(splitSpan(from, from + 20 * MIN, hourStart, (s) => s + HOUR_MS).map(([, s]) => s)).toEqual([600, 600]);
  });
});

describe('observed time', () => {
  const prev = (overrides: Partial<SiteState>): SiteState => ({ siteUrl: SITE.url, status: 'up', since: 0, lastCheckedAt: T, nextDueAt: T + 5 * MIN, failures: 0, ...overrides });

  it('holds the previous status until the next probe', () => {
    expect(observedSpan(prev({}), T + 5 * MIN)).toEqual({ status: 'up', from: T, to: T + 5 * MIN });
  });

  it('stops at the expected next probe plus a grace when the browser was closed (a gap)', () => {
    expect(observedSpan(prev({}), T + 8 * 3600_000)).toEqual({ status: 'up', from: T, to: T + 5 * MIN + GRACE_MS });
  });

  it('gives nothing for a clock that went backwards, an unknown status or a first probe', () => {
    expect(observedSpan(prev({}), T - MIN)).toBeUndefined();
    expect(observedSpan(prev({ status: 'unknown' }), T + MIN)).toBeUndefined();
    expect(observedSpan(undefined, T)).toBeUndefined();
  });

  it('counts offline time as offline, never as down', () => {
    const delta = rollupDelta(prev({ status: 'offline' }), prev({ status: 'offline', lastCheckedAt: T + 5 * MIN }), down('dns', { at: T + 5 * MIN }));
    const hour = readBucket(delta.hours.get(hourStart(T))!);
    expect(hour.observedSeconds).toMatchObject({ offline: 300, down: 0 });
    expect(hour.counts.offline).toBe(1);
  });
});

describe('honest uptime', () => {
  /** A day of probes every 5 min, observed only from 08:00 to 20:00, down for the last hour. */
  function summaryOfOneDay() {
    let recent = emptyRecent(SITE.url);
    let closed = emptySummary(SITE.url);
    let state: SiteState | undefined;
    const start = Date.parse('2026-11-25T07:00:00Z'); // 08:00 Brussels
    for (let at = start; at <= start + 12 * 3600_000; at += 5 * MIN) {
      const r = at >= start + 11 * 3600_000 ? down('http', { at }) : result({ at, outcome: at < start + 3600_000 ? 'slow' : 'up' });
      const next: SiteState = { siteUrl: SITE.url, status: r.outcome, since: at, lastCheckedAt: at, nextDueAt: at + 5 * MIN, failures: 0 };
      const update = applyToRecent(recent, rollupDelta(state, next, r), at);
      recent = update.recent;
      closed = closeDays(closed, update.closedDays, at);
      state = next;
    }
    return { summary: { days: [...closed.days, ...recent.days], hours: recent.hours }, now: start + 12 * 3600_000 };
  }

  it('counts only observed time, slow as available, and reports coverage', () => {
    const { summary, now } = summaryOfOneDay();
    const table = uptimeTable(summary, now);
    expect(table['24h'].observedSeconds).toBe(12 * 3600);
    expect(table['24h'].available).toBeCloseTo(11 / 12, 5);
    expect(table['24h'].down).toBeCloseTo(1 / 12, 5);
    expect(table['24h'].coverage).toBeCloseTo(0.5, 5);
    expect(table['30d'].available).toBeCloseTo(11 / 12, 5);
    expect(table['30d'].coverage).toBeLessThan(0.03);
    expect(table['24h']).toMatchObject({ upSeconds: 11 * 3600, downSeconds: 3600, shieldedSeconds: 0, offlineSeconds: 0 });
  });

  it('gives one strip value per local day, empty days unobserved', () => {
    const { summary, now } = summaryOfOneDay();
    const strip = dailyStrip(summary, now);
    expect(strip).toHaveLength(90);
    expect(strip[89]?.available).toBeCloseTo(11 / 12, 5);
    expect(strip[89]?.downSeconds).toBe(3600);
    expect(strip[88]?.available).toBeUndefined();
    expect(strip[88]?.coverage).toBe(0);
  });

  it('closes days into the long record as time passes, keeping today and yesterday in the small one', () => {
    let recent = emptyRecent(SITE.url);
    let closed = emptySummary(SITE.url);
    let state: SiteState | undefined;
    const start = Date.parse('2026-11-20T00:00:00Z');
    for (let at = start; at <= start + 5 * 86_400_000; at += 15 * MIN) {
      const r = result({ at, outcome: new Date(at).getUTCDate() === 22 ? 'down' : 'up' });
      const next: SiteState = { siteUrl: SITE.url, status: r.outcome, since: at, lastCheckedAt: at, nextDueAt: at + 15 * MIN, failures: 0 };
      const update = applyToRecent(recent, rollupDelta(state, next, r), at);
      recent = update.recent;
      closed = closeDays(closed, update.closedDays, at);
      state = next;
    }
    expect(recent.days.length / 6).toBeLessThanOrEqual(2);
    expect(closed.days.length / 6).toBeGreaterThanOrEqual(4);
    const now = start + 5 * 86_400_000;
    const series = { days: [...closed.days, ...recent.days], hours: recent.hours };
    const week = uptimeTable(series, now)['7d'];
    // Five days observed: one of them (the 22nd, UTC) down; coverage counts the days never observed.
    expect(week.observedSeconds).toBe(5 * 86_400);
    expect(week.down).toBeCloseTo(1 / 5, 2);
    expect(uptimeTable(series, now)['24h'].observedSeconds).toBeGreaterThanOrEqual(86_400);
    expect(dailyStrip(series, now).filter((d) => d.available !== undefined)).toHaveLength(6);
  });

  it('never rounds a real outage up to 100%', () => {
    expect(formatPercent(en, 0.99999)).toBe('99.9%');
    expect(formatPercent(en, 1)).toBe('100.0%');
    expect(formatPercent(en, 0.5, 0)).toBe('50%');
  });
});
