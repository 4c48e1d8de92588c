import { describe, expect, it } from 'vitest';
import deCatalog from '../../../_locales/de/messages.json';
import frCatalog from '../../../_locales/fr/messages.json';
import { catalogLookup, makeTranslator, type Catalog } from '../../../src/i18n/translator';
import { shieldWords, stateReason, verdictVendor } from '../../../src/monitor/reason';
import { technicalDetails } from '../../../src/monitor/technical-details';
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
    [en, "Down — the site's server cannot be reached (error 522)", "Shielded — the site's protection asks to slow down: too many requests"],
    [fr, 'Hors service — le serveur du site est injoignable (erreur 522)', 'Protégé — la protection du site demande de ralentir : trop de requêtes'],
    [de, 'Ausgefallen — der Server der Website ist nicht erreichbar (Fehler 522)', 'Abgeschirmt — der Schutzdienst der Website bremst: zu viele Anfragen'],
  ])('%#', (tr, downWords, shieldedWords) => {
    expect(stateReason(tr, edgeDown, SITE)).toBe(downWords);
    expect(stateReason(tr, rateLimited, SITE)).toBe(shieldedWords);
  });

  it('writes an edge’s numbered error as it is, never as a grouped number (1016, not 1.016)', () => {
    const dns = state(down('http', { httpStatus: 530, evidence: { vendor: 'Cloudflare', edge: { reason: 'dns', code: 1016 } } }), 'down');
    expect(stateReason(de, dns, SITE)).toContain('Fehler 1016)');
  });

  it('names the vendor of a shielded or edge-down verdict, and of nothing else', () => {
    expect(verdictVendor(edgeDown)).toBe('Cloudflare');
    expect(verdictVendor(rateLimited)).toBe('Myra Security');
    expect(verdictVendor(state(down('http', { httpStatus: 503 }), 'down'))).toBeUndefined();
    expect(verdictVendor(state(result({ evidence: { vendor: 'Cloudflare' } }), 'up'))).toBeUndefined();
    expect(verdictVendor(undefined)).toBeUndefined();
  });

  it('names who answered, and how, in the technical details only', () => {
    const facts = (s: SiteState) => Object.fromEntries(technicalDetails(en, s.last!).map((d) => [d.fact, d.value]));
    expect(facts(edgeDown)).toMatchObject({ http: 'HTTP 522', answered_by: "Cloudflare could not reach the site's server (522)" });
    expect(facts(rateLimited)).toMatchObject({ http: 'HTTP 429', answered_by: 'Rate limited by Myra Security' });
    expect(technicalDetails(fr, rateLimited.last!).find((d) => d.fact === 'answered_by')).toEqual({ fact: 'answered_by', label: 'Réponse de', value: 'Trop de requêtes selon Myra Security' });
    expect(stateReason(en, edgeDown, SITE)).not.toContain('Cloudflare');
    expect(stateReason(en, rateLimited, SITE)).not.toContain('Myra');
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
