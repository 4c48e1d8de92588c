import type { HttpMeasurementRequest } from './api';
import type { Spread } from './spread';

/**
 * The one HTTP measurement Vigil asks for: GET (the API's default is HEAD, which would show no body
 * start to judge), the site's own path and query, its protocol and port. Redirects are not followed
 * by the probes, so what comes back is the site's first answer.
 */
export function measurementRequest(siteUrl: string, spread: Spread): HttpMeasurementRequest {
  const url = new URL(siteUrl);
  const https = url.protocol === 'https:';
  return {
    type: 'http',
    // `MeasurementTarget` is a host name or an address; IPv6 literals come bracketed in a URL.
    target: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    locations: spread.locations,
    measurementOptions: {
      request: { method: 'GET', path: url.pathname || '/', query: url.search.replace(/^\?/, '') },
      protocol: https ? 'HTTPS' : 'HTTP',
      // The spec's `port` default is 80 whatever the protocol: always say it.
      port: url.port ? Number(url.port) : https ? 443 : 80,
    },
  };
}

/**
 * Addresses Globalping's probes cannot reach and its API refuses (`ip.private`: "must not be a
 * private hostname"; a name that is not a fully qualified domain: `domain.invalid`). Release builds
 * never send them: the answer is known, and the address is the user's own business.
 */
export function isPrivateTarget(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (!host.includes('.') && !host.includes(':')) return true;
  if (host === 'localhost' || /\.(localhost|local|internal|invalid|test|example|home\.arpa|lan)$/.test(host)) return true;
  const v4 = host.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
  }
  if (host.includes(':')) return host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:');
  return false;
}
