import { describe, expect, it } from 'vitest';
import { afterCreated, afterRefused, decide, emptyBudget, MAX_PER_HOUR, pollDelay, readRateLimit, REUSE_MS } from '../../../src/crosscheck/budget';
import type { CrossCheck } from '../../../src/crosscheck/types';

const T = Date.UTC(2026, 0, 5, 12);
const check = (at: number, extra: Partial<CrossCheck> = {}): CrossCheck => ({
  siteUrl: 'https://www.europarl.europa.eu/', measurementId: 'abc', at, verdict: 'everyone', probes: [], excluded: 0,
  words: { key: 'crosscheck_everyone', args: [] }, trigger: 'outage', ...extra,
});
const headers = (values: Record<string, string>) => new Headers(values);

describe('the cross-check budget', () => {
  it('reuses a site\'s result for 10 minutes, then asks again', () => {
    const last = check(T);
    expect(decide(emptyBudget(), T + REUSE_MS - 1, 14, last)).toEqual({ kind: 'reuse', check: last });
    expect(decide(emptyBudget(), T + REUSE_MS, 14, last)).toEqual({ kind: 'go' });
    // A check that failed only because Globalping could not be reached is not worth keeping.
    expect(decide(emptyBudget(), T + 1000, 14, check(T, { verdict: 'unavailable', reason: 'network' }))).toEqual({ kind: 'go' });
  });

  it(`allows at most ${MAX_PER_HOUR} measurements an hour, and says when the next one is possible`, () => {
    let state = emptyBudget();
    for (let i = 0; i < MAX_PER_HOUR; i++) {
      expect(decide(state, T + i * 60_000, 14).kind).toBe('go');
      state = afterCreated(state, T + i * 60_000, {});
    }
    expect(decide(state, T + 10 * 60_000, 14)).toEqual({ kind: 'refuse', reason: 'hourly_cap', until: T + 3_600_000 });
    expect(decide(state, T + 3_600_000, 14).kind).toBe('go');
  });

  it('a 429 on create blocks every measurement until the reset the headers name; nothing is retried before', () => {
    const info = readRateLimit(headers({ 'X-RateLimit-Limit': '250', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1800', 'Retry-After': '1800' }));
    expect(info).toEqual({ limit: 250, remaining: 0, reset: 1800, retryAfter: 1800 });
    const state = afterRefused(emptyBudget(), T, info);
    expect(decide(state, T + 1000, 14)).toEqual({ kind: 'refuse', reason: 'rate_limited', until: T + 1_800_000 });
    expect(decide(state, T + 1_800_000, 14).kind).toBe('go');
    // Without any header: an hour, the API's own window.
    expect(afterRefused(emptyBudget(), T, {}).blockedUntil).toBe(T + 3_600_000);
  });

  it('a known remaining allowance smaller than one measurement waits for the reset', () => {
    const state = afterCreated(emptyBudget(), T, readRateLimit(headers({ 'X-RateLimit-Remaining': '10', 'X-RateLimit-Reset': '600' })));
    expect(decide(state, T + 1000, 14)).toEqual({ kind: 'refuse', reason: 'rate_limited', until: T + 600_000 });
    expect(decide(state, T + 1000, 8).kind).toBe('go');
  });

  it('polls 500 ms after each answer, or after a 429\'s Retry-After', () => {
    expect(pollDelay(200, {})).toBe(500);
    expect(pollDelay(304, {})).toBe(500);
    expect(pollDelay(429, { retryAfter: 4 })).toBe(4000);
    expect(readRateLimit(headers({ 'X-RateLimit-Remaining': 'lots' }))).toEqual({});
  });
});
