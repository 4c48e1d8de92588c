import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/settings/defaults';
import { readCanaries, readHosts, readText, readWholeNumber, type NumberField } from '../../../src/settings/form-input';
import { en } from '../helpers';

const TIMEOUT: NumberField = { label: 'input_field_timeout', unit: 'seconds', ...LIMITS.timeoutSeconds };
const ATTEMPTS: NumberField = { label: 'input_field_attempts', unit: 'none', ...LIMITS.retryAttempts };
const SLOW: NumberField = { label: 'input_field_slow', unit: 'milliseconds', ...LIMITS.slowMs };
const said = (check: { ok: boolean; error?: Parameters<typeof en.say>[0] }) => (check.ok ? 'ok' : en.say(check.error!));

describe('form fields', () => {
  it('reads whole numbers and refuses in the form\'s own words', () => {
    expect(readWholeNumber('20', TIMEOUT)).toEqual({ ok: true, value: 20 });
    expect(readWholeNumber(' 7 ', TIMEOUT)).toEqual({ ok: true, value: 7 });
    expect(said(readWholeNumber('', TIMEOUT))).toBe('Give up after is required: enter a number');
    expect(said(readWholeNumber('   ', ATTEMPTS))).toBe('Re-checks before an outage counts is required: enter a number');
    expect(said(readWholeNumber('1.5', TIMEOUT))).toBe('Give up after must be a whole number, not 1.5');
    expect(said(readWholeNumber('1e1', TIMEOUT))).toBe('Give up after must be a whole number, not 1e1');
    expect(said(readWholeNumber('abc', TIMEOUT))).toBe('Give up after: "abc" is not a number');
    expect(said(readWholeNumber('60', TIMEOUT))).toBe('Give up after must be 2 to 25 seconds');
    expect(said(readWholeNumber('9', ATTEMPTS))).toBe('Re-checks before an outage counts must be 0 to 5');
    expect(said(readWholeNumber('5', SLOW))).toBe('Slow after must be 100 to 60,000 milliseconds');
    expect(said(readWholeNumber('0', ATTEMPTS))).toBe('ok');
  });

  it('cleans names and refuses one that shows nothing', () => {
    expect(readText('Parliament \u202Egnp.exe\u202C', 'input_field_name', 100)).toEqual({ ok: true, value: 'Parliament gnp.exe' });
    expect(readText('  ', 'input_field_name', 100)).toEqual({ ok: true, value: '' });
    expect(said(readText('\u202E\u2066\u200B', 'input_field_name', 100))).toBe('Name shows nothing once invisible and control characters are removed: enter visible text');
    expect(said(readText('x'.repeat(101), 'input_field_group', 100))).toBe('Group is too long (at most 100 characters)');
  });

  it('reads canaries one per line, public https only, naming the field and the reason', () => {
    expect(readCanaries('https://www.gstatic.com/generate_204\n detectportal.firefox.com/success.txt ', 10, { allowLoopback: false })).toEqual({
      ok: true,
      value: ['https://www.gstatic.com/generate_204', 'https://detectportal.firefox.com/success.txt'],
    });
    expect(said(readCanaries('http://192.168.0.1/reboot', 10, { allowLoopback: false }))).toBe('Connection checks: “http://192.168.0.1/reboot” leads to a private network: a connection check must be a public https address');
    expect(said(readCanaries('http://example.org/', 10, { allowLoopback: false }))).toBe('Connection checks: “http://example.org/” is not https: a connection check must be a public https address');
    expect(said(readCanaries('a.org b.org c.org', 2, { allowLoopback: false }))).toBe('At most 2 connection checks, found 3');
    expect(readCanaries('', 10, { allowLoopback: false })).toEqual({ ok: true, value: [] });
  });

  it('reads allowed hosts separated by commas or spaces, refusing in the editor\'s words', () => {
    expect(readHosts(' Europarl.europa.eu, www.europarl.europa.eu ', 'editor_hosts', 20)).toEqual({ ok: true, value: ['europarl.europa.eu', 'www.europarl.europa.eu'] });
    expect(readHosts('', 'editor_hosts', 20)).toEqual({ ok: true, value: [] });
    expect(said(readHosts('europa.eu, https://x.org/', 'editor_hosts', 20))).toBe('Allowed hosts: “https://x.org/” is not a host name like europarl.europa.eu');
    expect(said(readHosts('a.org b.org c.org', 'editor_hosts', 2))).toBe('Allowed hosts: at most 2 host names');
  });
});
