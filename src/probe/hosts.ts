import { getDomain } from 'tldts-icann/dist/index.esm.min.js';

/**
 * Which hosts count as "the site" when it redirects: by default its registrable domain, read from
 * the Public Suffix List (ICANN section only). The private section is left out on purpose: it lists
 * hosting platforms (github.io, blogspot.com …) whose tenants are separate sites, which the ICANN
 * section already handles for public bodies (gob.es, roma.it, uw.gov.pl, riik.ee are suffixes there).
 */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // IP literals and single-label hosts (localhost, intranet names) are their own site.
  if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[') || !host.includes('.')) return host;
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}

export function allowedHosts(siteUrl: string, hosts: readonly string[] | undefined): string[] {
  return hosts && hosts.length ? [...hosts] : [registrableDomain(new URL(siteUrl).hostname)];
}

/** A host is the site's when it is one of the allowed hosts or below one of them. */
export function isOwnHost(hostname: string, allowed: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return allowed.some((h) => host === h || host.endsWith(`.${h}`));
}
