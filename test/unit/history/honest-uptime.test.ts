import { describe, expect, it } from 'vitest';
import { formatSeen, honestFigure, honestWords, MIN_JUDGED_SECONDS, MIN_JUDGED_SHARE, percentMeaningful, rowFigure, watchingSince } from '../../../src/history/honest-uptime';
import { toMinute } from '../../../src/history/observed';
import { dayStart } from '../../../src/history/periods';
import type { Availability, UptimeWindow } from '../../../src/history/uptime';
import { en } from '../helpers';

const NOW = Date.parse('2026-11-25T08:05:00Z');
const MIN = 60;
const HOUR = 3600;
const DAY = 86_400;

/** A period's figures from seconds per status. */
function period(windowSeconds: number, { up = 0, down = 0, shielded = 0, offline = 0 }: { up?: number; down?: number; shielded?: number; offline?: number }): Availability {
  const observed = up + down + shielded;
  return {
    windowSeconds,
    observedSeconds: observed,
    coverage: observed / windowSeconds,
    upSeconds: up,
    downSeconds: down,
    shieldedSeconds: shielded,
    offlineSeconds: offline,
    ...(observed ? { available: up / observed, down: down / observed, shielded: shielded / observed } : {}),
  };
}

const table = (make: (w: number) => Availability): Record<UptimeWindow, Availability> => ({
  '24h': make(DAY),
  '7d': make(7 * DAY),
  '30d': make(30 * DAY),
  '90d': make(90 * DAY),
  '365d': make(365 * DAY),
});

describe('the rule: a percentage only for a period meaningfully observed', () => {
  it('needs both the floor and the share of the period, on judged time (up and down)', () => {
    // 24 hours: the share (a tenth, 2 h 24 min) is the binding edge.
    const share = MIN_JUDGED_SHARE * DAY;
    expect(percentMeaningful(period(DAY, { up: share - 1 }))).toBe(false);
    expect(percentMeaningful(period(DAY, { up: share }))).toBe(true);
    expect(percentMeaningful(period(DAY, { up: share - 600, down: 600 }))).toBe(true);
    // A short period: the floor (one hour) is the binding edge, whatever the share.
    expect(percentMeaningful(period(2 * HOUR, { up: MIN_JUDGED_SECONDS - 1 }))).toBe(false);
    expect(percentMeaningful(period(2 * HOUR, { up: MIN_JUDGED_SECONDS }))).toBe(true);
    // 30 days: three days seen.
    expect(percentMeaningful(period(30 * DAY, { up: 3 * DAY - 1 }))).toBe(false);
    expect(percentMeaningful(period(30 * DAY, { up: 3 * DAY }))).toBe(true);
  });

  it('never counts shielded or offline time as judged: a site behind a bot check all along gets no percentage', () => {
    expect(percentMeaningful(period(DAY, { shielded: DAY }))).toBe(false);
    expect(percentMeaningful(period(DAY, { offline: DAY }))).toBe(false);
    expect(percentMeaningful(period(DAY, { up: share(DAY) - 1, shielded: 10 * HOUR }))).toBe(false);
  });

  it('a site watched 4 minutes and down 3 of them: time words for every period, no percentage anywhere', () => {
    const since = NOW - 4 * MIN * 1000;
    const uptime = table((w) => period(w, { up: MIN, down: 3 * MIN }));
    const { window, figure } = rowFigure(uptime, since, NOW);
    expect(figure.kind).toBe('time');
    expect(window).toBe('30d');
    expect(honestWords(en, figure, '30 days', NOW)).toBe(`Watching since ${time(since)} (4 min) · down 3 min of it`);
    for (const w of ['24h', '7d', '30d', '90d', '365d'] as const) {
      const words = honestWords(en, honestFigure(uptime[w], since, NOW), w, NOW);
      expect(words).not.toMatch(/%/);
      expect(words).toContain('down 3 min of it');
    }
  });

  it('a recovered young site says it saw no downtime rather than "0.0% up", and a site just added says when it began', () => {
    const since = NOW - 10 * MIN * 1000;
    expect(honestWords(en, honestFigure(period(DAY, { up: 10 * MIN }), since, NOW), '24 hours', NOW)).toBe(`Watching since ${time(since)} (10 min) · no downtime seen`);
    expect(honestWords(en, honestFigure(period(DAY, {}), NOW - 20_000, NOW), '24 hours', NOW)).toBe(`Watching since ${time(NOW - 20_000)}`);
  });

  it('shielded time is said for what it means, never as 0% up', () => {
    const since = NOW - 30 * MIN * 1000;
    const words = honestWords(en, honestFigure(period(DAY, { shielded: 30 * MIN }), since, NOW), '24 hours', NOW);
    expect(words).toBe(`Watching since ${time(since)} (30 min) · behind a bot check all along: a person's browser usually gets through`);
    const some = honestWords(en, honestFigure(period(DAY, { up: 20 * HOUR, shielded: 2 * HOUR }), undefined, NOW), '24 hours', NOW);
    expect(some).toBe("100.0% up over 24 hours · observed 22 hr of 24 hours · behind a bot check 2 hr of it: a person's browser usually gets through");
  });

  it('a long history shows its percentage with its coverage as time; an older sparse one its time', () => {
    const month = period(30 * DAY, { up: 5 * DAY + 4 * HOUR - 20 * MIN, down: 20 * MIN });
    expect(honestWords(en, honestFigure(month, NOW - 400 * DAY * 1000, NOW), '30 days', NOW)).toBe('99.7% up over 30 days · observed 5 days 4 hr of 30 days');
    // An hour a day for a month: 30 hours of 720, too little for a percentage of the month.
    const sparse = period(30 * DAY, { up: 30 * HOUR - 12 * MIN, down: 12 * MIN, offline: 2 * HOUR });
    expect(honestWords(en, honestFigure(sparse, undefined, NOW), '30 days', NOW)).toBe('Observed 30 hr of 30 days · down 12 min of it · your own connection was down 2 hr of it');
  });

  it('the row shows the longest meaningful period up to a month', () => {
    // Two days watched, always seen: 24 hours and 7 days mean something, 30 days does not (2 of 30).
    const uptime = table((w) => period(w, { up: Math.min(w, 2 * DAY) }));
    expect(rowFigure(uptime, NOW - 2 * DAY * 1000, NOW).window).toBe('7d');
    const year = table((w) => period(w, { up: w }));
    expect(rowFigure(year, undefined, NOW).window).toBe('30d');
  });
});

describe('watching since', () => {
  const row = (start: number, up: number) => [toMinute(start), up, 0, 0, 0, 0];
  it('is the first status change, unless observed time goes back further (the oldest changes were pruned)', () => {
    const first = NOW - 4 * MIN * 1000;
    expect(watchingSince({ days: row(dayStart(first), 240), hours: row(first - (first % 3_600_000), 240) }, first)).toBe(first);
    expect(watchingSince({ days: [...row(dayStart(first) - DAY * 1000, 600), ...row(dayStart(first), 240)], hours: [] }, first)).toBeUndefined();
    expect(watchingSince({ days: [], hours: [] }, undefined)).toBeUndefined();
  });
});

describe('observed time in words', () => {
  it('says minutes, hours, then days and hours', () => {
    expect(formatSeen(en, 4 * MIN)).toBe('4 min');
    expect(formatSeen(en, 30 * HOUR)).toBe('30 hr');
    expect(formatSeen(en, 5 * DAY + 4 * HOUR)).toBe('5 days 4 hr');
    expect(formatSeen(en, 7 * DAY)).toBe('7 days');
  });
});

function share(w: number): number {
  return MIN_JUDGED_SHARE * w;
}

function time(at: number): string {
  return new Intl.DateTimeFormat('en-US', { timeStyle: 'short' }).format(at);
}
