import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { AvailabilityStrip } from '../../../ui/availability-strip';
import { LatencyChart } from '../../../ui/latency-chart';
import { Sparkline } from '../../../ui/sparkline';

// The charts' words: what a screen reader says instead of the picture (English catalog, see setup.ts).
const label = (node: unknown) => (node as VNode<{ 'aria-label': string }>).props['aria-label'];
const NOW = Date.parse('2026-11-25T12:00:00Z');
const HOUR = 3_600_000;

describe('chart labels', () => {
  it('the sparkline gives the median, the slowest hour and the hours with failures', () => {
    const hours = [120, 80, 300, undefined].map((ms, i) => ({ at: NOW - (4 - i) * HOUR, failed: ms === undefined ? 2 : 0, ...(ms === undefined ? {} : { ms }) }));
    expect(label(Sparkline({ hours, now: NOW }))).toBe('Last 24 hours: median 120 ms, slowest hour 300 ms, failures in 1 hour');
    expect(label(Sparkline({ hours: hours.slice(0, 2), now: NOW }))).toBe('Last 24 hours: median 120 ms, slowest hour 120 ms');
    expect(label(Sparkline({ hours: [{ at: NOW - HOUR, failed: 3 }, { at: NOW, failed: 1 }], now: NOW }))).toBe('Last 24 hours: no answer, failures in 2 hours');
    expect(label(Sparkline({ hours: [], now: NOW }))).toBe('Last 24 hours: no checks yet');
  });

  it('the response-time chart counts checks and failures', () => {
    const points = [{ at: NOW - 3 * HOUR, ms: 90, outcome: 'up' as const }, { at: NOW - 2 * HOUR, ms: 1500, outcome: 'slow' as const }, { at: NOW - HOUR, outcome: 'down' as const }];
    expect(label(LatencyChart({ points, from: NOW - 24 * HOUR, to: NOW }))).toBe('Response time over 24 hours: 3 checks, median 1.5 sec, slowest 1.5 sec, 1 failed');
    expect(label(LatencyChart({ points: points.slice(2), from: NOW - 24 * HOUR, to: NOW }))).toBe('Response time over 24 hours: 1 check, failed');
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
  });
});
