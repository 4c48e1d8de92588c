import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { measurementRequest, isPrivateTarget } from '../../../src/crosscheck/request';
import { spreadFor } from '../../../src/crosscheck/spread';
import { globalpingClient } from '../../../src/platform/globalping';
import { startGlobalpingFake, type GlobalpingFake } from '../../fixtures/globalping-fake.mjs';

let fake: GlobalpingFake;
beforeAll(async () => {
  fake = await startGlobalpingFake();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const SITE = 'https://www.bundesregierung.de/breg-de/suche?q=energie';
const request = () => measurementRequest(SITE, spreadFor(SITE));

describe('the Globalping client against the fake API', () => {
  it('creates one GET measurement with the site\'s path, query, protocol and port, and only the allowed headers', async () => {
    const client = globalpingClient({ fetch, base: fake.origin, token: 'tok123' });
    const answer = await client.create(request());
    expect(answer).toMatchObject({ kind: 'created', probesCount: 14, rateLimit: { limit: 250, remaining: 236, reset: 1800 } });
    const [sent] = fake.apiRequests();
    expect(sent!.body).toMatchObject({
      type: 'http', target: 'www.bundesregierung.de',
      measurementOptions: { request: { method: 'GET', path: '/breg-de/suche', query: 'q=energie' }, protocol: 'HTTPS', port: 443 },
    });
    expect(sent!.body.locations[0]).toEqual({ country: 'DE', limit: 3 });
    expect(sent!.body.limit).toBeUndefined();
    expect(sent!.headers.authorization).toBe('Bearer tok123');
    expect(sent!.headers['content-type']).toBe('application/json');
  });

  it('polls: in-progress, then finished; an unchanged ETag comes back as 304', async () => {
    fake.play({ inProgressPolls: 2, byCountry: { DE: 'ok' }, otherwise: 'timeout' });
    const client = globalpingClient({ fetch, base: fake.origin });
    const created = await client.create(request());
    if (created.kind !== 'created') throw new Error(created.kind);
    const first = await client.poll(created.id);
    expect(first).toMatchObject({ kind: 'measurement', measurement: { status: 'in-progress' } });
    const etag = first.kind === 'measurement' ? first.etag : undefined;
    expect(etag).toBeTruthy();
    expect(await client.poll(created.id, etag)).toEqual({ kind: 'unchanged' });
    const done = await client.poll(created.id, etag);
    if (done.kind !== 'measurement') throw new Error(done.kind);
    expect(done.measurement.status).toBe('finished');
    const de = done.measurement.results.find((r) => r.probe.country === 'DE')!;
    expect(de.result).toMatchObject({ status: 'finished', statusCode: 200 });
    expect(done.measurement.results.find((r) => r.probe.country === 'FR')!.result).toMatchObject({ status: 'failed', failureSource: 'target' });
    // GET carries no token and If-None-Match only when an ETag is known.
    const polls = fake.apiRequests().filter((r) => r.method === 'GET');
    expect(polls.map((r) => r.headers['if-none-match'] !== undefined)).toEqual([false, true, true]);
  });

  it('reads 400 (a private target), 422 (no probes), 429 on create and on poll as the spec shapes them', async () => {
    const client = globalpingClient({ fetch, base: fake.origin });
    fake.play({ create: 'private' });
    expect(await client.create(request())).toMatchObject({ kind: 'refused', error: { type: 'validation_error', params: { target: '"target" must not be a private hostname' } } });
    fake.play({ create: 'no_probes' });
    expect(await client.create(request())).toMatchObject({ kind: 'no_probes', error: { type: 'no_probes_found' } });
    fake.play({ create: 'rate_limited' });
    expect(await client.create(request())).toMatchObject({ kind: 'rate_limited', error: { type: 'rate_limit_exceeded' }, rateLimit: { remaining: 0, reset: 1800, retryAfter: 1800 } });
    fake.play({ poll429: [1] });
    const created = await client.create(request());
    if (created.kind !== 'created') throw new Error(created.kind);
    expect(await client.poll(created.id)).toEqual({ kind: 'rate_limited', rateLimit: { retryAfter: 1 } });
    expect(await client.poll('nothingHere')).toEqual({ kind: 'gone' });
  });

  it('reads the remaining allowance from /v1/limits, and says nothing when the API cannot be reached', async () => {
    const client = globalpingClient({ fetch, base: fake.origin });
    expect(await client.limits()).toEqual({ rateLimit: { measurements: { create: { type: 'ip', limit: 250, remaining: 250, reset: 1800 } } } });
    const nowhere = globalpingClient({ fetch, base: 'http://127.0.0.1:9' });
    expect(await nowhere.limits()).toBeUndefined();
    expect(await nowhere.create(request())).toMatchObject({ kind: 'failed' });
  });

  it('knows the addresses the API refuses', () => {
    for (const host of ['127.0.0.1', 'localhost', '10.1.2.3', '192.168.1.1', '172.20.0.1', '[::1]', 'intranet', 'printer.local', 'x.invalid']) expect(isPrivateTarget(host), host).toBe(true);
    for (const host of ['www.europarl.europa.eu', '8.8.8.8', '172.32.0.1']) expect(isPrivateTarget(host), host).toBe(false);
    expect(measurementRequest('http://example.org:8080/a', spreadFor('http://example.org:8080/a')).measurementOptions).toMatchObject({ protocol: 'HTTP', port: 8080, request: { path: '/a', query: '' } });
  });
});
