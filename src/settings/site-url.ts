import { message, type Message } from '../i18n/translator';

/** Turning what a person types into the one URL that identifies a site. */

export type UrlCheck = { ok: true; url: string } | { ok: false; error: Message };

/**
 * Normalise a site address: scheme added when missing (https), http(s) only, no credentials, no
 * fragment; a bare origin gets its trailing slash (the URL parser does that).
 */
export function normaliseSiteUrl(input: string): UrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: message('url_empty') };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: message('url_not_address', text) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: message('url_not_web', text) };
  }
  if (!url.hostname) return { ok: false, error: message('url_no_host', text) };
  if (url.username || url.password) {
    return { ok: false, error: message('url_credentials') };
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, error: message('url_incomplete_host', url.hostname) };
  }
  url.hash = '';
  return { ok: true, url: url.href };
}

/** The permission pattern for one site's origin, e.g. "https://www.example.org/*". */
export function originPattern(siteUrl: string): string {
  const url = new URL(siteUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
