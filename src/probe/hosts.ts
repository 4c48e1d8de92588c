/**
 * Which hosts count as "the site" when it redirects. Without a public-suffix list the registrable
 * domain is approximated: the last two labels, or three under a known second-level suffix (co.uk …).
 */
const SECOND_LEVEL = /^(?:co|com|gov|gouv|org|net|ac|edu|or|ne|go|gv)\.[a-z]{2}$/;

export function registrableDomain(hostname: string): string {
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':') || !hostname.includes('.')) return hostname;
  const labels = hostname.split('.');
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL.test(lastTwo) && labels.length > 2 ? labels.slice(-3).join('.') : lastTwo;
}

export function allowedHosts(siteUrl: string, hosts: readonly string[] | undefined): string[] {
  return hosts && hosts.length ? [...hosts] : [registrableDomain(new URL(siteUrl).hostname)];
}

/** A host is the site's when it is one of the allowed hosts or below one of them. */
export function isOwnHost(hostname: string, allowed: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return allowed.some((h) => host === h || host.endsWith(`.${h}`));
}
