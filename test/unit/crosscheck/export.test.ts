import { describe, expect, it } from 'vitest';
import { crossChecksOf } from '../../../src/crosscheck/export';
import type { CrossCheck } from '../../../src/crosscheck/types';

const check = (at: number, incidentId: number | undefined, extra: Partial<CrossCheck> = {}): CrossCheck => ({
  siteUrl: 'https://www.europarl.europa.eu/', at, verdict: 'everyone', excluded: 1, trigger: 'outage', words: { key: 'crosscheck_everyone', args: [] },
  measurementId: `m${at}`, ...(incidentId !== undefined ? { incidentId } : {}),
  probes: [{ country: 'DE', city: 'Frankfurt', asn: 3320, network: 'Deutsche Telekom AG', continent: 'EU', verdict: 'down', cause: 'network' }],
  ...extra,
});

describe('the incidents export of cross-checks', () => {
  it('gives an incident its cross-checks, oldest first, in the documented shape', () => {
    const all = [check(2000, 7), check(1000, 7, { verdict: 'unavailable', reason: 'rate_limited', measurementId: undefined, probes: [] }), check(1500, 8), check(500, undefined)];
    expect(crossChecksOf(all, 7)).toEqual([
      { measurementId: null, at: '1970-01-01T00:00:01.000Z', verdict: 'unavailable', reason: 'rate_limited', excluded: 1, probes: [] },
      { measurementId: 'm2000', at: '1970-01-01T00:00:02.000Z', verdict: 'everyone', excluded: 1, probes: [{ country: 'DE', city: 'Frankfurt', asn: 3320, network: 'Deutsche Telekom AG', verdict: 'down', httpStatus: null, timeMs: null }] },
    ]);
    expect(crossChecksOf(all, 9)).toEqual([]);
  });
});
