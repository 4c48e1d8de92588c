import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { AvailabilityStrip, dayWords } from '../../../ui/availability-strip';
import { LatencyChart, niceMax, timeTicks } from '../../../ui/latency-chart';
import { Beads, beadsLabel, beadWords } from '../../../ui/beads';

// The charts' words: what a screen reader says instead of the picture (English catalog, see setup.ts).
const label = (node: unknown) => (node as VNode<{ 'aria-label': string }>).props['aria-label'];
const NOW = Date.parse('2026-11-25T12:00:00Z');
const HOUR = 3_600_000;

describe('chart labels', () => {
  it('the beads say each check and, together, the last checks worst first', () => {
    const check = (at: number, outcome: 'up' | 'down', extra: object = {}) => ({ siteUrl: 'https://a.example/', at, outcome, totalMs: 100, bytesRead: 10, evidence: {}, ...extra });
    const beads = [
      { result: check(NOW - 3 * HOUR, 'up', { ttfbMs: 204 }), status: 'up' as const },
      { result: check(NOW - 2 * HOUR, 'down', { cause: 'http', httpStatus: 503 }), status: 'down' as const },
      { result: check(NOW - HOUR, 'down', { cause: 'network' }), status: 'offline' as const },
    ];
    const node = Beads({ beads, site: {}, now: NOW }) as VNode<{ 'aria-label': string; children: Array<VNode<{ title: string }>> }>;
    expect(label(node)).toBe('Last 3 checks: 1 down, 1 not checked: your connection was down, and 1 up');
    expect(beadsLabel(beads.slice(0, 1))).toBe('Last 1 check: 1 up');
    const titles = node.props.children.map((b) => b.props.title);
    expect(titles[0]).toMatch(/: up, first byte after 204 ms$/);
    expect(titles[1]).toMatch(/: down \(.*503.*\)$/);
    expect(titles[2]).toMatch(/: not checked: your connection was down$/);
    expect(beadWords(beads[0]!, {}, NOW)).toBe(titles[0]);
  });

  it('the response-time chart counts checks and failures', () => {
    const points = [{ at: NOW - 3 * HOUR, ms: 90, outcome: 'up' as const }, { at: NOW - 2 * HOUR, ms: 1500, outcome: 'slow' as const }, { at: NOW - HOUR, outcome: 'down' as const }];
    expect(label(LatencyChart({ points, from: NOW - 24 * HOUR, to: NOW }))).toBe('Response time over 24 hours: 3 checks, median 1.5 sec, slowest 1.5 sec, 1 failed');
    expect(label(LatencyChart({ points: points.slice(2), from: NOW - 24 * HOUR, to: NOW }))).toBe('Response time over 24 hours: 1 check, failed');
  });

  it('the response-time chart has a time axis every six hours and a round ms axis', () => {
    const ticks = timeTicks(NOW - 24 * HOUR, NOW);
    expect(ticks).toHaveLength(4);
    for (const at of ticks) expect(new Date(at).getHours() % 6).toBe(0);
    expect([niceMax(90), niceMax(101), niceMax(1500), niceMax(4200)]).toEqual([100, 200, 2000, 5000]);
  });

  it('the availability strip names the days observed, those with downtime and the worst', () => {
    const day = (i: number) => Date.parse('2026-11-01T00:00:00Z') + i * 24 * HOUR;
    const days = [
      { start: day(0), coverage: 0, downSeconds: 0, shieldedSeconds: 0 },
      { start: day(1), available: 1, coverage: 1, downSeconds: 0, shieldedSeconds: 0 },
      { start: day(2), available: 0.75, coverage: 1, downSeconds: 21_600, shieldedSeconds: 0 },
    ];
    expect(label(AvailabilityStrip({ days }))).toBe('Availability over the last 3 days: observed on 2 days; 1 with downtime, worst 75.0% on Nov 3, 2026');
    expect(label(AvailabilityStrip({ days: days.slice(0, 1) }))).toBe('Not observed in the last 1 day');
    // Each day its own words, its tooltip.
    expect(days.map((d) => dayWords(d))).toEqual(['Nov 1, 2026: no data', 'Nov 2, 2026: no downtime seen', 'Nov 3, 2026: down 6 hr']);
    expect(dayWords({ ...days[2]!, observedSeconds: 86_400, shieldedSeconds: 1380 })).toBe('Nov 3, 2026: down 6 hr, behind a bot check 23 min, observed 24 hr');
  });
});
