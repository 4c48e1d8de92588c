import { describe, expect, it } from 'vitest';
import { packCheck, unpackCheck } from '../../../src/history/checks';
import { hourStart } from '../../../src/history/periods';
import type { ProbeResult } from '../../../src/model';
import { down, result } from '../helpers';

const roundTrip = (r: ProbeResult) => unpackCheck(r.siteUrl, hourStart(r.at), packCheck(r));

describe('packed checks', () => {
  it.each([
    ['healthy', result({ at: Date.parse('2026-11-25T10:17:03.250Z') })],
    ['down with evidence', down('http', { httpStatus: 503, finalUrl: 'https://europarl.europa.eu/maintenance', evidence: { retryAfterSeconds: 120 } })],
    ['failed fetch', down('dns', { ttfbMs: undefined, bytesRead: 0, evidence: { error: 'net::ERR_NAME_NOT_RESOLVED' } })],
    ['shielded', result({ outcome: 'shielded', httpStatus: 403, evidence: { fingerprint: 'Cloudflare challenge', phases: { dnsMs: 1, connectMs: 2, tlsMs: 3, waitMs: 4, firstByteMs: 11 } } })],
    ['redirect kept without evidence', result({ finalUrl: 'https://www.europarl.europa.eu/portal/en' })],
  ])('%s comes back exactly', (_name, r) => {
    expect(roundTrip(r)).toEqual(r);
  });

  it('a healthy check is seven small numbers', () => {
    expect(packCheck(result({ at: Date.parse('2026-11-25T10:00:05Z') }))).toEqual([5000, 0, -1, 200, 120, 150, 2048]);
  });
});
