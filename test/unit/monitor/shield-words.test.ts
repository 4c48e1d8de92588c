import { describe, expect, it } from 'vitest';
import deCatalog from '../../../_locales/de/messages.json';
import frCatalog from '../../../_locales/fr/messages.json';
import { catalogLookup, makeTranslator, type Catalog } from '../../../src/i18n/translator';
import { evidenceLine, shieldWords, stateReason, verdictVendor } from '../../../src/monitor/reason';
import type { SiteState } from '../../../src/model';
import { parseShieldLabel } from '../../../src/probe/fingerprints';
import { SITE, down, en, result } from '../helpers';

const fr = makeTranslator(catalogLookup(frCatalog as Catalog), 'fr', 'fr-FR');
const de = makeTranslator(catalogLookup(deCatalog as Catalog), 'de', 'de-DE');
const state = (last: SiteState['last'], status: SiteState['status']): SiteState => ({ siteUrl: SITE.url, status, since: 0, nextDueAt: 0, failures: 0, ...(last ? { last } : {}) });

const edgeDown = state(down('http', { httpStatus: 522, evidence: { fingerprint: 'Cloudflare: unreachable (522)', vendor: 'Cloudflare', edge: { reason: 'unreachable', code: 522 } } }), 'down');
const rateLimited = state(result({ outcome: 'shielded', httpStatus: 429, evidence: { fingerprint: 'Myra Security rate limit', vendor: 'Myra Security', shield: 'rate_limit' } }), 'shielded');

describe('who answered, in every language', () => {
  it.each([
    [en, "Down — Cloudflare could not reach the site's server (522)", 'Shielded — Rate limited by Myra Security'],
    [fr, "Hors service — Cloudflare n'a pas pu joindre le serveur du site (522)", 'Protégé — Trop de requêtes selon Myra Security'],
    [de, 'Ausgefallen — Cloudflare konnte den Server der Website nicht erreichen (522)', 'Abgeschirmt — Anfragelimit von Myra Security erreicht'],
  ])('%#', (tr, downWords, shieldedWords) => {
    expect(stateReason(tr, edgeDown, SITE)).toBe(downWords);
    expect(stateReason(tr, rateLimited, SITE)).toBe(shieldedWords);
  });

  it('writes an edge’s numbered error as it is, never as a grouped number (1016, not 1.016)', () => {
    const dns = state(down('http', { httpStatus: 530, evidence: { vendor: 'Cloudflare', edge: { reason: 'dns', code: 1016 } } }), 'down');
    expect(stateReason(de, dns, SITE)).toContain('(1016)');
  });

  it('names the vendor of a shielded or edge-down verdict, and of nothing else', () => {
    expect(verdictVendor(edgeDown)).toBe('Cloudflare');
    expect(verdictVendor(rateLimited)).toBe('Myra Security');
    expect(verdictVendor(state(down('http', { httpStatus: 503 }), 'down'))).toBeUndefined();
    expect(verdictVendor(state(result({ evidence: { vendor: 'Cloudflare' } }), 'up'))).toBeUndefined();
    expect(verdictVendor(undefined)).toBeUndefined();
  });

  it('puts the edge’s reason in the evidence line', () => {
    expect(evidenceLine(en, edgeDown.last!)).toMatch(/^HTTP 522 · Cloudflare could not reach the site's server \(522\) · /);
  });

  it('reads records stored before vendor and kind were kept', () => {
    expect(parseShieldLabel('Cloudflare challenge')).toEqual({ vendor: 'Cloudflare', kind: 'challenge' });
    expect(parseShieldLabel('Akamai bot check')).toEqual({ vendor: 'Akamai', kind: 'bot_check' });
    expect(parseShieldLabel('Imperva (Incapsula) check')).toEqual({ vendor: 'Imperva (Incapsula)', kind: 'check' });
    expect(parseShieldLabel('Cloudflare geo block (1009)')).toEqual({ vendor: 'Cloudflare', kind: 'geo_block' });
    expect(parseShieldLabel('Some future wall')).toBeUndefined();
    expect(shieldWords(fr, { fingerprint: 'Sucuri firewall' })).toBe('pare-feu Sucuri');
  });
});
