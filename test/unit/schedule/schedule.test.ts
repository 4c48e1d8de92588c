import { describe, expect, it, vi } from 'vitest';
import { runPool } from '../../../src/schedule/pool';
import { dueSites, JITTER, MAX_BACKOFF_MS, nextDueAt } from '../../../src/schedule/schedule';
import type { Site, SiteState } from '../../../src/model';

describe('nextDueAt', () => {
  it('spreads the interval by ±10% jitter', () => {
    const at = (r: number) => nextDueAt({ now: 0, intervalMinutes: 5, failures: 0, random: () => r });
    expect(at(0)).toBe(300_000 * (1 - JITTER));
    expect(at(0.999999)).toBeCloseTo(300_000 * (1 + JITTER), -1);
  });

  it('backs off exponentially while down, capped at an hour', () => {
    const at = (failures: number) => nextDueAt({ now: 0, intervalMinutes: 5, failures, random: () => 0.5 });
    expect([1, 2, 3, 4, 5].map(at)).toEqual([300_000, 600_000, 1_200_000, 2_400_000, 2_400_000]);
    expect(nextDueAt({ now: 0, intervalMinutes: 30, failures: 9, random: () => 0.5 })).toBe(MAX_BACKOFF_MS);
  });

  it('never probes before Retry-After', () => {
    expect(nextDueAt({ now: 0, intervalMinutes: 1, failures: 0, retryAfterSeconds: 600, random: () => 0 })).toBe(600_000);
  });
});

describe('dueSites', () => {
  const site = (n: number, paused = false): Site => ({ url: `https://s${n}.example.org/`, name: `S${n}`, ...(paused ? { paused } : {}) });
  const state = (n: number, nextDueAt: number): SiteState => ({ siteUrl: site(n).url, status: 'up', since: 0, nextDueAt, failures: 0 });

  it('picks unchecked and overdue sites, most overdue first, never paused ones', () => {
    const sites = [site(1), site(2), site(3), site(4, true), site(5)];
    const states = new Map([state(1, 10_000), state(2, 500_000), state(3, 5_000), state(5, 105_000)].map((s) => [s.siteUrl, s]));
    expect(dueSites(sites, states, 100_000).map((s) => s.name)).toEqual(['S3', 'S1', 'S5']);
    expect(dueSites([site(9)], new Map(), 0).map((s) => s.name)).toEqual(['S9']);
  });
});

describe('runPool', () => {
  it('keeps at most `limit` in flight and never two on one host', async () => {
    let active = 0;
    let peak = 0;
    const activeHosts = new Set<string>();
    const items = ['a', 'a', 'a', 'b', 'c', 'd', 'e', 'b'];
    const order: string[] = [];
    await runPool(items, 3, (x) => x, async (host) => {
      expect(activeHosts.has(host)).toBe(false);
      activeHosts.add(host);
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      order.push(host);
      activeHosts.delete(host);
      active -= 1;
    });
    expect(peak).toBe(3);
    expect(order.sort()).toEqual([...items].sort());
  });

  it('rejects when work fails', async () => {
    await expect(runPool([1], 2, String, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
  });

  it('resolves at once for no items', async () => {
    await expect(runPool([], 2, String, async () => undefined)).resolves.toBeUndefined();
  });

  it('under a campaign, items still running after the patience give their slot back, never two on one host, at most maxInFlight', async () => {
    // 8 hanging hosts and 8 quick ones, 2 slots: without patience the quick ones wait for the hanging.
    const hanging = new Map<string, () => void>();
    const started: string[] = [];
    const items = [...Array.from({ length: 8 }, (_, i) => `hang${i}`), ...Array.from({ length: 8 }, (_, i) => `quick${i}`), 'hang0'];
    let inFlight = 0;
    let peak = 0;
    const running = new Set<string>();
    const done = runPool(items, 2, (x) => x, async (host) => {
      expect(running.has(host)).toBe(false); // one per host, even after a slot was given back
      running.add(host);
      started.push(host);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      if (host.startsWith('hang')) await new Promise<void>((r) => hanging.set(host + started.length, r));
      else await new Promise((r) => setTimeout(r, 1));
      running.delete(host);
      inFlight -= 1;
    }, { patienceMs: 5, maxInFlight: 10 });
    await vi.waitFor(() => expect(started.filter((h) => h.startsWith('quick'))).toHaveLength(8), { timeout: 2000 });
    expect(peak).toBeLessThanOrEqual(10);
    expect(started.filter((h) => h === 'hang0')).toHaveLength(1); // its second item waits for the first
    for (const release of hanging.values()) release();
    await vi.waitFor(() => expect(started.filter((h) => h === 'hang0')).toHaveLength(2), { timeout: 2000 });
    for (const release of hanging.values()) release();
    await done;
  });
});
