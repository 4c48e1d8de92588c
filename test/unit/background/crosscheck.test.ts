import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { crossCheckRunner, type CrossCheckDeps } from '../../../background/crosscheck';
import { keyValueCrossCheckStore } from '../../../src/crosscheck/store';
import { globalpingClient } from '../../../src/platform/globalping';
import type { KeyValueStore } from '../../../src/settings/store';
import { startGlobalpingFake, type GlobalpingFake } from '../../fixtures/globalping-fake.mjs';

let fake: GlobalpingFake;
beforeAll(async () => {
  fake = await startGlobalpingFake();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function memory(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (k) => structuredClone(data.get(k)), set: async (k, v) => void data.set(k, structuredClone(v)) };
}

function deps(kv: KeyValueStore, overrides: Partial<CrossCheckDeps> = {}): CrossCheckDeps {
  return {
    store: keyValueCrossCheckStore(kv),
    prefs: async () => ({ crossCheck: true }),
    client: (token) => globalpingClient({ fetch, base: fake.origin, ...(token ? { token } : {}) }),
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))),
    sendsPrivateTargets: false,
    ...overrides,
  };
}

const SITE = 'https://www.bundesregierung.de/';

describe('the cross-check runner', () => {
  it('opted out: Globalping receives nothing, not even a preflight', async () => {
    const runner = crossCheckRunner(deps(memory(), { prefs: async () => ({ crossCheck: false }) }));
    expect(await runner.run({ siteUrl: SITE, trigger: 'demand' })).toEqual({ kind: 'off' });
    expect(fake.requests).toEqual([]);
  });

  it('never while Vigil says offline', async () => {
    const runner = crossCheckRunner(deps(memory()));
    expect(await runner.run({ siteUrl: SITE, trigger: 'outage', own: { status: 'offline' } })).toEqual({ kind: 'offline' });
    expect(fake.requests).toEqual([]);
  });

  it('a geo-blocked site: judged probe by probe, the verdict stored with the measurement id; reused for 10 minutes', async () => {
    fake.play({ inProgressPolls: 2, byCountry: { DE: 'ok' }, otherwise: 'timeout' });
    const kv = memory();
    const runner = crossCheckRunner(deps(kv));
    const answer = await runner.run({ siteUrl: SITE, trigger: 'demand', own: { status: 'up' } });
    if (answer.kind !== 'done') throw new Error(answer.kind);
    expect(answer.check).toMatchObject({ verdict: 'geoblock', measurementId: 'fake0001Vigil', excluded: 0, words: { key: 'crosscheck_geoblock', args: [{ countries: ['DE'] }] } });
    expect(answer.check.probes.filter((p) => p.verdict === 'up').map((p) => p.country)).toEqual(['DE', 'DE', 'DE']);
    const polls = fake.apiRequests().filter((r) => r.method === 'GET');
    expect(polls.length).toBe(3);
    // Polls are at least the spec's 500 ms apart only with the real sleep; here the order and ETags matter.
    expect(polls[1]!.headers['if-none-match']).toBeTruthy();
    expect(await keyValueCrossCheckStore(kv).pending()).toEqual([]);
    const again = await runner.run({ siteUrl: SITE, trigger: 'demand' });
    expect(again).toEqual(answer);
    expect(fake.apiRequests().filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('once per incident: the outage\'s verdict is kept, not asked again', async () => {
    fake.play({ otherwise: 'http503' });
    const kv = memory();
    let now = Date.now();
    const runner = crossCheckRunner(deps(kv, { now: () => now }));
    const first = await runner.run({ siteUrl: SITE, trigger: 'outage', incidentId: 7, own: { status: 'down', cause: 'http', httpStatus: 503 } });
    expect(first).toMatchObject({ kind: 'done', check: { verdict: 'everyone', incidentId: 7, own: { status: 'down' } } });
    now += 3_600_000;
    expect(await runner.run({ siteUrl: SITE, trigger: 'outage', incidentId: 7 })).toEqual(first);
    expect(fake.apiRequests().filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a worker stopped mid-poll: the stored measurement id is polled to the end by the next one', async () => {
    fake.play({ inProgressPolls: 1, otherwise: 'challenge' });
    const kv = memory();
    // The first worker dies while waiting between polls: its sleep never ends.
    const dying = crossCheckRunner(deps(kv, { sleep: () => new Promise(() => undefined) }));
    void dying.run({ siteUrl: SITE, trigger: 'demand', own: { status: 'shielded' } });
    await expect.poll(async () => (await keyValueCrossCheckStore(kv).pending()).length).toBe(1);
    await expect.poll(() => fake.apiRequests().filter((r) => r.method === 'GET').length).toBe(1);
    const next = crossCheckRunner(deps(kv));
    await next.resume();
    await expect.poll(async () => (await keyValueCrossCheckStore(kv).results(SITE))[0]?.verdict).toBe('shielded');
    expect(fake.apiRequests().filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(await keyValueCrossCheckStore(kv).pending()).toEqual([]);
  });

  it('a 429 on create: unavailable with the reset time, one request only, and nothing more until the reset', async () => {
    fake.play({ create: 'rate_limited' });
    const kv = memory();
    const runner = crossCheckRunner(deps(kv));
    const t0 = Date.now();
    const answer = await runner.run({ siteUrl: SITE, trigger: 'demand' });
    if (answer.kind !== 'done') throw new Error(answer.kind);
    expect(answer.check).toMatchObject({ verdict: 'unavailable', reason: 'rate_limited' });
    expect(answer.check.resetAt! - t0).toBeGreaterThanOrEqual(1_800_000 - 1000);
    expect(await runner.run({ siteUrl: 'https://www.gouvernement.fr/', trigger: 'demand' })).toMatchObject({ kind: 'done', check: { verdict: 'unavailable', reason: 'rate_limited' } });
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('a private address is never sent from a release build; the API\'s refusal is quoted when it comes', async () => {
    const runner = crossCheckRunner(deps(memory()));
    expect(await runner.run({ siteUrl: 'http://127.0.0.1:8080/', trigger: 'demand' })).toMatchObject({ kind: 'done', check: { verdict: 'unavailable', reason: 'private_target' } });
    expect(fake.requests).toEqual([]);
    fake.play({ create: 'private' });
    const e2e = crossCheckRunner(deps(memory(), { sendsPrivateTargets: true }));
    expect(await e2e.run({ siteUrl: 'http://127.0.0.1:8080/', trigger: 'demand' })).toMatchObject({ kind: 'done', check: { verdict: 'unavailable', reason: 'refused', apiMessage: '"target" must not be a private hostname' } });
  });

  it('the poll\'s 429 is waited out (Retry-After), then the result lands; internal failures are left out and counted', async () => {
    fake.play({ poll429: [1], inProgressPolls: 1, byCountry: { US: 'internal', CA: 'offline' }, otherwise: 'ok' });
    const slept: number[] = [];
    const runner = crossCheckRunner(deps(memory(), { sleep: async (ms) => void slept.push(ms) }));
    const answer = await runner.run({ siteUrl: SITE, trigger: 'demand', own: { status: 'down', cause: 'timeout' } });
    if (answer.kind !== 'done') throw new Error(answer.kind);
    expect(slept[0]).toBe(1000);
    expect(slept.slice(1).every((ms) => ms >= 500)).toBe(true);
    expect(answer.check.excluded).toBe(2);
    expect(answer.check.verdict).toBe('you');
  });
});
