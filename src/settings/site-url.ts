import { message, type Message, type MessageKey } from '../i18n/translator';
import { addressScope, type AddressScope } from './address-scope';
import { LOOPBACK_CANARIES_ALLOWED } from './build-flags';
import { showInvisible } from './clean-text';

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
  // An IPv6 literal ("[::1]") has no dot and needs none.
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('[')) {
    return { ok: false, error: message('url_incomplete_host', url.hostname) };
  }
  url.hash = '';
  return { ok: true, url: url.href };
}

/** Why an address is not on the public internet, in words: "this computer", "a private network" … */
const SCOPE_WORDS: Record<Exclude<AddressScope, 'public'>, MessageKey> = {
  loopback: 'input_scope_loopback',
  private: 'input_scope_private',
  'link-local': 'input_scope_link_local',
  cgnat: 'input_scope_cgnat',
  unspecified: 'input_scope_unspecified',
  'local-name': 'input_scope_local_name',
  reserved: 'input_scope_reserved',
};

export interface CanaryRules {
  /** Only the e2e build: canaries on this computer (the tests' fixture server). */
  allowLoopback: boolean;
}

/**
 * A canary is fetched without asking the user (mode "no-cors" needs no host permission), so it must
 * be a public https address: never this computer, the local network, or a name only it can resolve.
 * The scope is judged before the site rules, so "http://router/" is refused for being local, not
 * for its missing domain.
 */
export function normaliseCanaryUrl(input: string, rules: CanaryRules = { allowLoopback: LOOPBACK_CANARIES_ALLOWED }): UrlCheck {
  const text = input.trim();
  let parsed: URL | undefined;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    parsed = undefined;
  }
  if (parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:')) {
    const scope = addressScope(parsed.hostname);
    const allowed = scope === 'public' || (scope === 'loopback' && rules.allowLoopback);
    if (!allowed) return { ok: false, error: message('input_canary_not_public', quoted(text), message(SCOPE_WORDS[scope as Exclude<AddressScope, 'public'>])) };
  }
  const checked = normaliseSiteUrl(text);
  if (!checked.ok) return checked;
  const loopbackTest = rules.allowLoopback && addressScope(new URL(checked.url).hostname) === 'loopback';
  if (new URL(checked.url).protocol !== 'https:' && !loopbackTest) return { ok: false, error: message('input_canary_not_https', quoted(text)) };
  return checked;
}

/** What the person wrote, short and with nothing hidden in it. */
function quoted(text: string): string {
  return showInvisible(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/** The permission pattern for one site's origin, e.g. "https://www.example.org/*". */
export function originPattern(siteUrl: string): string {
  const url = new URL(siteUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
