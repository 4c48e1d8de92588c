import { describe, expect, it } from 'vitest';
import { addressScope } from '../../../src/settings/address-scope';

/** The host name as the URL parser leaves it, which is what addressScope sees in practice. */
const hostOf = (url: string) => new URL(url).hostname;

describe('addressScope', () => {
  it.each([
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.8.9.10/', 'loopback'],
    ['http://localhost:8080/', 'loopback'],
    ['http://LOCALHOST./', 'loopback'],
    ['http://api.localhost/', 'loopback'],
    ['http://[::1]:8080/', 'loopback'],
    ['http://10.0.0.1/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://172.31.255.255/', 'private'],
    ['http://192.168.0.1/reboot', 'private'],
    ['http://[fc00::1]/', 'private'],
    ['http://[fd12:3456::1]/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://100.64.0.1/', 'cgnat'],
    ['http://100.127.255.254/', 'cgnat'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://[::]/', 'unspecified'],
    ['http://printer.local/', 'local-name'],
    ['http://db.internal/', 'local-name'],
    ['http://nas.home.arpa/', 'local-name'],
    ['http://router/', 'local-name'],
    ['http://site.invalid/', 'reserved'],
    ['http://192.0.2.1/', 'reserved'],
    ['http://224.0.0.1/', 'reserved'],
    ['http://255.255.255.255/', 'reserved'],
    ['https://www.gstatic.com/generate_204', 'public'],
    ['https://8.8.8.8/', 'public'],
    ['https://172.32.0.1/', 'public'],
    ['https://100.128.0.1/', 'public'],
    ['https://[2606:4700:4700::1111]/', 'public'],
  ])('%s is %s', (url, scope) => {
    expect(addressScope(hostOf(url))).toBe(scope);
  });

  // The URL parser turns every IPv4 spelling into dotted decimal: none of them slips through.
  it.each([
    ['decimal', 'http://2130706433/', 'loopback'],
    ['hex', 'http://0x7f.1/', 'loopback'],
    ['octal', 'http://0177.0.0.1/', 'loopback'],
    ['short form', 'http://127.1/', 'loopback'],
    ['hex private', 'http://0xC0A80001/', 'private'],
    ['octal private', 'http://012.0.0.1/', 'private'],
    ['decimal private', 'http://3232235521/', 'private'],
    ['IPv4-mapped IPv6', 'http://[::ffff:192.168.0.1]/', 'private'],
    ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/', 'loopback'],
    ['IPv4-compatible IPv6', 'http://[::10.0.0.1]/', 'private'],
    ['NAT64', 'http://[64:ff9b::c0a8:1]/', 'private'],
    ['6to4', 'http://[2002:c0a8:0001::1]/', 'private'],
    ['trailing dot', 'http://192.168.0.1./', 'private'],
  ])('%s (%s) is %s', (_how, url, scope) => {
    expect(addressScope(hostOf(url))).toBe(scope);
  });
});
