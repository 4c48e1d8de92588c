import type { MessageKey } from '../i18n/translator';
import type { Cause } from '../model';

/**
 * A redirect to something that is not a web address. Chromium says net::ERR_UNSAFE_REDIRECT (and
 * for javascript: or ftp: nothing in time), so src/platform/web-request-errors.ts writes down such
 * words with the scheme it saw in the redirect: "unsafe redirect (Location: javascript:)"; Firefox
 * says NS_ERROR_CORRUPTED_CONTENT, and that record explains it).
 */
export const UNSAFE_REDIRECT = /ERR_UNSAFE_REDIRECT|ERR_INVALID_REDIRECT|unsafe redirect/i;

/** The scheme an unsafe redirect led to ("javascript:"), when the browser let it be seen. */
export function unsafeRedirectScheme(error: string | undefined): string | undefined {
  return error && UNSAFE_REDIRECT.test(error) ? /\(Location: ([a-z][a-z0-9+.-]*:)\)/i.exec(error)?.[1]?.toLowerCase() : undefined;
}

/**
 * `fetch` only says "Failed to fetch"; the browser's own error string (webRequest.onErrorOccurred:
 * net::ERR_* in Chromium, NS_ERROR_* or sentences in Firefox) tells why. Order matters: first match wins.
 */
const RULES: ReadonlyArray<readonly [RegExp, Cause, MessageKey]> = [
  [/ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|NS_ERROR_UNKNOWN_HOST|ERR_DNS_/i, 'dns', 'net_dns'],
  [/ERR_CONNECTION_REFUSED|NS_ERROR_CONNECTION_REFUSED/i, 'refused', 'net_refused'],
  [/ERR_CERT_|ERR_SSL_|SEC_ERROR_|SSL_ERROR_|MOZILLA_PKIX_ERROR_|certificate|NS_ERROR_NET_INADEQUATE_SECURITY/i, 'tls', 'net_tls'],
  [/ERR_TIMED_OUT|ERR_CONNECTION_TIMED_OUT|NS_ERROR_NET_TIMEOUT/i, 'timeout', 'net_timeout'],
  // Before the loop rule: a redirect to data:, javascript:, ftp: … is refused by fetch, not a loop.
  [UNSAFE_REDIRECT, 'redirect', 'input_net_unsafe_redirect'],
  [/ERR_TOO_MANY_REDIRECTS|NS_ERROR_REDIRECT_LOOP|redirect/i, 'redirect', 'net_redirect_loop'],
  [/ERR_CONNECTION_RESET|NS_ERROR_NET_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE|NS_ERROR_NET_INTERRUPT|NS_ERROR_NET_PARTIAL_TRANSFER/i, 'network', 'net_reset'],
  [/ERR_RESPONSE_HEADERS_TOO_BIG|NS_ERROR_NET_HTTP_HEADERS_TOO_LARGE|header/i, 'network', 'plain_net_headers_too_large'],
  [/ERR_INTERNET_DISCONNECTED|NS_ERROR_OFFLINE|ERR_NETWORK_CHANGED|ERR_ADDRESS_UNREACHABLE/i, 'network', 'net_unreachable'],
];

export interface NetErrorMeaning {
  cause: Cause;
  /** Plain words for the popup, as a message key. */
  words: MessageKey;
}

export function causeOfNetError(error: string | undefined): NetErrorMeaning {
  if (error) {
    for (const [pattern, cause, words] of RULES) if (pattern.test(error)) return { cause, words };
  }
  return { cause: 'network', words: 'net_failed' };
}
