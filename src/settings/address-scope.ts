/**
 * Where an address leads: the public internet, or this computer and the networks around it. Canaries
 * are fetched without a permission prompt (mode "no-cors"), so a watchlist file must not be able to
 * aim them at a router, a printer or a local service (issue 11: `http://192.168.0.1/reboot`).
 *
 * Works on the host name as the URL parser leaves it: IPv4 in every spelling (decimal, hex, octal,
 * shortened) is already dotted decimal, IPv6 is lower-case and compressed, in brackets.
 * A public name may still resolve to a private address (DNS rebinding, nip.io): that needs a DNS
 * answer the core does not have, and is out of reach here.
 */

export type AddressScope =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'unspecified'
  | 'local-name'
  | 'reserved';

/** Names that only mean something on a local network (RFC 6761, RFC 6762, RFC 8375, common practice). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'lan', 'home.arpa', 'intranet', 'corp', 'home', 'private', 'localdomain'];
/** Names reserved so they never resolve on the internet (RFC 2606, RFC 6761, RFC 7686, RFC 9476). */
const RESERVED_SUFFIXES = ['invalid', 'test', 'example', 'onion', 'alt'];

export function addressScope(hostname: string): AddressScope {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return 'unspecified';
  if (host.startsWith('[')) return ipv6Scope(host.slice(1, -1));
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return ipv4Scope(host.split('.').map(Number));
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (LOCAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`))) return 'local-name';
  if (RESERVED_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`))) return 'reserved';
  // A single label ("router", "nas") is looked up in the local search domains, never on the internet.
  if (!host.includes('.')) return 'local-name';
  return 'public';
}

function ipv4Scope([a = 0, b = 0, c = 0]: number[]): AddressScope {
  if (a === 0) return 'unspecified'; // 0.0.0.0/8, "this network"
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b >= 64 && b <= 127) return 'cgnat';
  // IETF protocol assignments, documentation, benchmarking, multicast, the old class E and broadcast.
  if ((a === 192 && b === 0 && (c === 0 || c === 2)) || (a === 198 && (b === 18 || b === 19)) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113) || a >= 224) {
    return 'reserved';
  }
  return 'public';
}

/** Eight 16-bit groups of an IPv6 address as the URL parser writes it (no dotted tail, "::" at most once). */
function ipv6Groups(text: string): number[] | undefined {
  const [head = '', tail, extra] = text.split('::');
  if (extra !== undefined) return undefined;
  const part = (s: string) => (s ? s.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)) : []);
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const missing = 8 - left.length - right.length;
  if ((tail === undefined && missing !== 0) || missing < 0) return undefined;
  const groups = [...left, ...Array<number>(missing).fill(0), ...right];
  return groups.some(Number.isNaN) ? undefined : groups;
}

function ipv6Scope(text: string): AddressScope {
  const g = ipv6Groups(text);
  if (!g) return 'reserved';
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const v4 = (hi: number, lo: number) => ipv4Scope([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return 'unspecified';
  if (zeroTo(7) && g7 === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d): an IPv4 address inside.
  if (zeroTo(5) && g5 === 0xffff) return v4(g6, g7);
  if (zeroTo(6)) return v4(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return v4(g6, g7);
  // 6to4 (2002:AABB:CCDD::/48) carries the IPv4 address right after its prefix.
  if (g0 === 0x2002) return v4(g1, g2);
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // fc00::/7, unique local
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // fec0::/10, the old site-local
  if ((g0 & 0xff00) === 0xff00) return 'reserved'; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved'; // documentation
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved'; // discard-only
  return 'public';
}
