import { describe, expect, it } from 'vitest';
import { checkCanaries } from '../../../src/monitor/canaries';

describe('checkCanaries', () => {
  it('answers ok as soon as one canary answers, without waiting for a slow one', async () => {
    const seen: RequestInit[] = [];
    const fetchFn = ((url: string, init: RequestInit) => {
      seen.push(init);
      if (url.includes('slow')) return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
      if (url.includes('down')) return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(new Response(null, { status: 200 }));
    }) as typeof fetch;
    const started = Date.now();
    expect(await checkCanaries(['https://slow.example/', 'https://down.example/', 'https://up.example/'], fetchFn, 10_000)).toBe('ok');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(seen.every((init) => init.mode === 'no-cors' && init.credentials === 'omit')).toBe(true);
    expect(seen[0]?.signal?.aborted).toBe(true);
  });

  it('is offline only when every canary fails or times out', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const hanging = ((_: string, init: RequestInit) => new Promise((_r, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))))) as typeof fetch;
    expect(await checkCanaries(['https://a.example/', 'https://b.example/'], failing)).toBe('offline');
    expect(await checkCanaries(['https://a.example/'], hanging, 50)).toBe('offline');
  });

  it('never claims the user is offline when no canary is configured', async () => {
    expect(await checkCanaries([], (() => Promise.reject(new Error('unused'))) as typeof fetch)).toBe('ok');
  });
});
