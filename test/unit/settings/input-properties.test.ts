import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandHandlers } from '../../../background/commands';
import type { Watchlist, WatchSettings } from '../../../src/model';
import { addressScope } from '../../../src/settings/address-scope';
import { cleanText, isInvisible } from '../../../src/settings/clean-text';
import { defaultWatchlist } from '../../../src/settings/defaults';
import { readCanaries, readText, readWholeNumber } from '../../../src/settings/form-input';
import { normaliseCanaryUrl, normaliseSiteUrl } from '../../../src/settings/site-url';
import { checkWatchlist, parseWatchlistText, serialiseWatchlist } from '../../../src/settings/watchlist-file';
import { en } from '../helpers';

/**
 * Property-based tests (fast-check) for what comes in from files and forms: the watchlist parser,
 * the address normaliser and the name cleaner. Seeds are printed by fast-check when a property fails.
 */

// Characters that break naive handling: bidi controls, zero-width, controls, Hangul filler, quotes, a lone surrogate.
const HOSTILE = ['\u202E', '\u202C', '\u2066', '\u2069', '\u200B', '\u200C', '\u200D', '\u200E', '\u0000', '\u0007', '\u0085', '\u3164', '\uFEFF', '\uD800', '\n', '\t', ' ', '"', '\\', '<', 'é', '👩', '\u0301', '\u{E0041}'];
const char = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }));
const hostileText = fc.string({ unit: char, maxLength: 40 });

const address = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.domain(),
  fc.ipV4Extended().map((ip) => `http://${ip}/`),
  fc.ipV6().map((ip) => `https://[${ip}]:8080/x`),
  fc.constantFrom('http://[::1]:8080/', 'javascript:alert(1)', 'data:text/html,hi', 'ftp://a.org', 'http://user:pw@a.org/', 'http://router/', 'localhost', '//a.org', 'https://a.org./'),
  hostileText,
);

// Numbers that are right, fractional, out of range, or not numbers at all.
const number = fc.oneof(fc.integer({ min: -5, max: 70_000 }), fc.double({ noNaN: false }), fc.constantFrom(0.5, 1.5, 20, 2, 25, 3000), fc.string(), fc.constant(null));
const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const site = fc.record(
  { url: fc.oneof(address, number), name: maybe(fc.oneof(hostileText, number)), group: maybe(hostileText), expectText: maybe(hostileText), hosts: maybe(fc.array(fc.oneof(fc.domain(), hostileText), { maxLength: 3 })), slowMs: maybe(number), paused: maybe(fc.oneof(fc.boolean(), number)), colour: maybe(hostileText) },
  { requiredKeys: ['url'] },
);
const settings = fc.record(
  { intervalMinutes: maybe(number), timeoutSeconds: maybe(number), retry: maybe(fc.record({ attempts: maybe(number), delaySeconds: maybe(number) })), canaries: maybe(fc.array(address, { maxLength: 4 })) },
  { requiredKeys: [] },
);
const watchlistLike = fc.record(
  { format: fc.oneof(fc.constant('vigil-watchlist'), hostileText), version: fc.oneof(fc.constant(1), number), settings: maybe(settings), sites: fc.oneof(fc.array(site, { maxLength: 6 }), number) },
  { requiredKeys: [] },
);
// Mostly well-formed files, so the idempotence property is exercised on accepted ones too.
const likelyValid = fc.record({
  format: fc.constant('vigil-watchlist'),
  version: fc.constant(1),
  settings: fc.record({ intervalMinutes: fc.integer({ min: 1, max: 1440 }), timeoutSeconds: fc.integer({ min: 2, max: 25 }), canaries: fc.array(fc.oneof(fc.webUrl({ validSchemes: ['https'] }), fc.ipV4Extended().map((ip) => `https://${ip}/`)), { maxLength: 3 }) }),
  sites: fc.uniqueArray(
    fc.record({ url: fc.oneof(fc.webUrl(), fc.ipV6().map((ip) => `http://[${ip}]/`)), name: hostileText, group: maybe(hostileText), slowMs: maybe(fc.integer({ min: 100, max: 60_000 })) }, { requiredKeys: ['url'] }),
    { selector: (s) => s.url, maxLength: 5 },
  ),
});

const RUNS = { numRuns: 300 };

describe('properties: watchlist parser', () => {
  it('no input throws past the parser: any text, any JSON value, any watchlist-shaped value', () => {
    fc.assert(fc.property(fc.string({ unit: char, maxLength: 200 }), (text) => void parseWatchlistText(text)), RUNS);
    fc.assert(fc.property(fc.jsonValue(), (value) => void parseWatchlistText(JSON.stringify(value))), RUNS);
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true }), (value) => void checkWatchlist(value)), RUNS);
    fc.assert(fc.property(watchlistLike, (value) => void parseWatchlistText(JSON.stringify(value))), RUNS);
  });

  it('is idempotent on its own export: parse(export(parse(x))) equals parse(x)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(watchlistLike, likelyValid), (value) => {
        const first = parseWatchlistText(JSON.stringify(value));
        if (!first.ok) return;
        accepted += 1;
        const again = parseWatchlistText(serialiseWatchlist(first.watchlist));
        expect(again.ok).toBe(true);
        expect(again.ok && again.watchlist).toEqual(first.watchlist);
        expect(again.ok && again.warnings).toEqual([]);
      }),
      { numRuns: 500 },
    );
    // The property means little if nothing was ever accepted.
    expect(accepted).toBeGreaterThan(50);
  });

  it('what it accepts is clean: whole numbers, visible cleaned names, public https canaries', () => {
    fc.assert(
      fc.property(fc.oneof(watchlistLike, likelyValid), (value) => {
        const parsed = parseWatchlistText(JSON.stringify(value));
        if (!parsed.ok) return;
        const { settings: s, sites } = parsed.watchlist;
        expect([s.intervalMinutes, s.timeoutSeconds, s.retry.attempts, s.retry.delaySeconds].every(Number.isInteger)).toBe(true);
        for (const c of s.canaries) expect([new URL(c).protocol, addressScope(new URL(c).hostname)]).toEqual(['https:', 'public']);
        for (const x of sites) {
          expect(cleanText(x.name)).toBe(x.name);
          expect(isInvisible(x.name)).toBe(false);
          if (x.slowMs !== undefined) expect(Number.isInteger(x.slowMs)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('properties: no refusal changes what was stored', () => {
  function setup(initial: Watchlist) {
    let stored = structuredClone(initial);
    const handlers = commandHandlers({
      tr: en,
      loadWatchlist: async () => ({ watchlist: structuredClone(stored), problems: [] }),
      updateWatchlist: async (change) => {
        // As the worker does: the change is applied whole, or it throws and nothing is stored.
        const next = change(structuredClone(stored));
        stored = next;
        return stored;
      },
      round: async () => 0,
      resetPrefs: async () => undefined,
      savePrefs: async () => undefined,
      health: async () => ({}),
    });
    return { handlers, stored: () => stored };
  }

  it('a refused import, site, site edit or settings change leaves the stored watchlist as it was', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ kind: fc.constant('import' as const), text: fc.oneof(watchlistLike.map((v) => JSON.stringify(v)), fc.string({ unit: char })), mode: fc.constantFrom('replace' as const, 'add' as const) }),
          fc.record({ kind: fc.constant('add' as const), url: address, name: maybe(hostileText) }),
          fc.record({ kind: fc.constant('update' as const), site }),
          fc.record({ kind: fc.constant('settings' as const), settings }),
        ),
        async (command) => {
          const t = setup(defaultWatchlist());
          const before = structuredClone(t.stored());
          const h = t.handlers;
          const ep = before.sites[0]!.url;
          const answer =
            command.kind === 'import'
              ? await h.importWatchlist({ text: command.text, mode: command.mode })
              : command.kind === 'add'
                ? await h.addSite({ url: String(command.url), ...(command.name === undefined ? {} : { name: command.name }) })
                : command.kind === 'update'
                  ? await h.updateSite({ url: ep, site: { ...(command.site as unknown as Watchlist['sites'][number]), url: ep } })
                  : await h.updateSettings({ settings: { ...before.settings, ...(command.settings as unknown as Partial<WatchSettings>) } });
          if (!answer.ok) {
            expect(answer.error).not.toBe('');
            expect(t.stored()).toEqual(before);
          } else {
            // What was accepted is stored clean: the parser accepts its own state again, unchanged.
            const again = checkWatchlist(t.stored());
            expect(again.ok && again.watchlist).toEqual(t.stored());
          }
        },
      ),
      RUNS,
    );
  });
});

describe('properties: address normaliser', () => {
  it('never throws, and is idempotent on what it accepts', () => {
    fc.assert(
      fc.property(address, (input) => {
        const first = normaliseSiteUrl(input);
        if (!first.ok) return;
        expect(normaliseSiteUrl(first.url)).toEqual(first);
        expect(new URL(first.url).hash).toBe('');
        expect(['http:', 'https:']).toContain(new URL(first.url).protocol);
      }),
      { numRuns: 1000 },
    );
  });

  it('a canary it accepts is public https, and accepting it again changes nothing', () => {
    fc.assert(
      fc.property(address, (input) => {
        const canary = normaliseCanaryUrl(input, { allowLoopback: false });
        if (!canary.ok) return;
        const url = new URL(canary.url);
        expect([url.protocol, addressScope(url.hostname)]).toEqual(['https:', 'public']);
        expect(normaliseCanaryUrl(canary.url, { allowLoopback: false })).toEqual(canary);
      }),
      { numRuns: 1000 },
    );
  });

  // Every way of writing a private IPv4 address that a URL parser understands: none becomes a canary.
  it('refuses a private or loopback IPv4 address however it is written', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    const privateIp = fc.oneof(
      fc.tuple(fc.constant(10), octet, octet, octet),
      fc.tuple(fc.constant(127), octet, octet, octet),
      fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), octet, octet),
      fc.tuple(fc.constant(192), fc.constant(168), octet, octet),
      fc.tuple(fc.constant(169), fc.constant(254), octet, octet),
      fc.tuple(fc.constant(100), fc.integer({ min: 64, max: 127 }), octet, octet),
    );
    const spell = (ip: number[], how: number): string => {
      const n = ip.reduce((a, b) => a * 256 + b, 0);
      const hex = (x: number) => `0x${x.toString(16)}`;
      const oct = (x: number) => `0${x.toString(8)}`;
      return [ip.join('.'), String(n), hex(n), ip.map(hex).join('.'), ip.map(oct).join('.'), `${ip[0]}.${ip[1]! * 65536 + ip[2]! * 256 + ip[3]!}`, `[::ffff:${ip.join('.')}]`, `${ip.join('.')}.`][how]!;
    };
    fc.assert(
      fc.property(privateIp, fc.integer({ min: 0, max: 7 }), fc.constantFrom('http', 'https'), (ip, how, scheme) => {
        const input = `${scheme}://${spell(ip, how)}/reboot`;
        expect(normaliseCanaryUrl(input, { allowLoopback: false }).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('properties: name cleaner', () => {
  it('is idempotent, leaves no control, bidi or zero-width character, and never adds anything', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const clean = cleanText(text);
        expect(cleanText(clean)).toBe(clean);
        expect(clean).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u);
        expect(clean).toBe(clean.trim());
        expect(clean.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('properties: form fields', () => {
  it('never throw, and what they accept is what the file format accepts', () => {
    const field = { label: 'input_field_timeout', unit: 'seconds', min: 2, max: 25 } as const;
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.double().map(String), fc.integer().map(String)), (raw) => {
        const n = readWholeNumber(raw, field);
        if (n.ok) expect(Number.isInteger(n.value) && n.value >= 2 && n.value <= 25).toBe(true);
        else expect(en.say(n.error)).toMatch(/^Give up after/);
        const name = readText(raw, 'input_field_name', 100);
        if (name.ok && name.value) expect(checkWatchlist({ ...defaultWatchlist(), sites: [{ url: 'https://a.org/', name: name.value }] }).ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('canaries read from the form are accepted by the file checks, and read back unchanged', () => {
    fc.assert(
      fc.property(fc.array(address, { maxLength: 4 }), (list) => {
        const read = readCanaries(list.join('\n'), 10, { allowLoopback: false });
        if (!read.ok) return;
        const stored = checkWatchlist({ ...defaultWatchlist(), settings: { ...defaultWatchlist().settings, canaries: read.value } });
        expect(stored.ok && stored.watchlist.settings.canaries).toEqual(read.value);
        expect(readCanaries(read.value.join('\n'), 10, { allowLoopback: false })).toEqual(read);
      }),
      RUNS,
    );
  });
});
