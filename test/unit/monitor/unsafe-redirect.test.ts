import { describe, expect, it } from 'vitest';
import { downReason } from '../../../src/monitor/reason';
import { causeOfNetError } from '../../../src/probe/net-errors';
import { down, en } from '../helpers';

// Measured in Chromium 156: a redirect to data: or blob: fails with net::ERR_UNSAFE_REDIRECT; one to
// javascript: or ftp: fails with no error event in time, and the redirect event (recorded by
// src/platform/web-request-errors.ts) gives the scheme.
describe('redirects to something that is not a web page', () => {
  it('are a redirect outage, not a loop and not a failed connection', () => {
    expect(causeOfNetError('net::ERR_UNSAFE_REDIRECT')).toEqual({ cause: 'redirect', words: 'input_net_unsafe_redirect' });
    expect(causeOfNetError('unsafe redirect (Location: javascript:)').cause).toBe('redirect');
    expect(causeOfNetError('net::ERR_TOO_MANY_REDIRECTS').words).toBe('net_redirect_loop');
  });

  it('say so in words, naming the scheme when the browser let it be seen', () => {
    const reason = (error: string) => downReason(en, down('redirect', { evidence: { error } }), {});
    expect(reason('net::ERR_UNSAFE_REDIRECT')).toBe('the site redirects to an address that is not a web page (such as data: or javascript:)');
    expect(reason('unsafe redirect (Location: javascript:)')).toBe('the site redirects to javascript:, which is not a web address');
    expect(reason('unsafe redirect (Location: ftp:)')).toBe('the site redirects to ftp:, which is not a web address');
    expect(reason('net::ERR_TOO_MANY_REDIRECTS')).toBe('the site redirects in a loop');
    expect(downReason(en, down('redirect', { evidence: {} }), {})).toBe('the site redirects in a loop');
  });
});
