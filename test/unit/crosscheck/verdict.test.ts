import { describe, expect, it } from 'vitest';
import type { CrossCheckProbe } from '../../../src/crosscheck/types';
import { summarise, unavailable } from '../../../src/crosscheck/verdict';
import { sayVerdict } from '../../../src/crosscheck/words';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogLookup, makeTranslator, type Catalog } from '../../../src/i18n/translator';

function catalogTranslator(lang: 'en' | 'fr' | 'de') {
  const catalog = JSON.parse(readFileSync(join(import.meta.dirname, '../../../_locales', lang, 'messages.json'), 'utf8')) as Catalog;
  return makeTranslator(catalogLookup(catalog), lang, lang === 'en' ? 'en-US' : lang);
}

const p = (country: string, verdict: CrossCheckProbe['verdict'], i = 0): CrossCheckProbe => ({ country, city: 'C', asn: 64500 + i, network: `N${i}`, continent: 'EU', verdict, ...(verdict === 'down' ? { cause: 'network' as const } : {}) });
const many = (spec: Array<[string, CrossCheckProbe['verdict'], number]>) => spec.flatMap(([c, v, n]) => Array.from({ length: n }, (_, i) => p(c, v, i)));

describe('the cross-check verdict', () => {
  const en = catalogTranslator('en');

  it('everyone: unreachable from 9 of 10 networks in 7 countries', () => {
    const probes = [...many([['DE', 'down', 2], ['FR', 'down', 2], ['NL', 'down', 1], ['PL', 'down', 1], ['IT', 'down', 1], ['US', 'down', 1], ['JP', 'down', 1]]), p('SG', 'up')];
    const s = summarise({ probes, own: 'down' });
    expect(s.verdict).toBe('everyone');
    expect(s.words.args).toEqual([7, 9, 10]);
    expect(sayVerdict(en, s.words)).toBe('Down for everyone: unreachable from 9 of 10 networks in 7 countries');
  });

  it('you: reachable from every network elsewhere while your own check fails', () => {
    const probes = many([['DE', 'up', 4], ['FR', 'up', 3], ['US', 'up', 3]]);
    const s = summarise({ probes, own: 'down' });
    expect(s.verdict).toBe('you');
    expect(sayVerdict(en, s.words)).toBe('Reachable from 10 of 10 networks elsewhere: the problem is between you and the site');
  });

  it('reachable everywhere while it answers here too is not "you": the counts say it', () => {
    const s = summarise({ probes: many([['DE', 'up', 5], ['US', 'up', 2]]), own: 'up' });
    expect(s.verdict).toBe('partial');
  });

  it('geoblock: reachable only from Germany, unreachable from the rest', () => {
    const probes = many([['DE', 'up', 3], ['FR', 'down', 2], ['NL', 'down', 2], ['PL', 'down', 2], ['US', 'down', 2], ['JP', 'down', 1]]);
    const s = summarise({ probes, own: 'up' });
    expect(s.verdict).toBe('geoblock');
    expect(s.words.args).toEqual([{ countries: ['DE'] }]);
    expect(sayVerdict(en, s.words)).toBe('Reachable only from Germany: the site seems to block other countries');
    expect(sayVerdict(catalogTranslator('fr'), s.words)).toContain('Allemagne');
    expect(sayVerdict(catalogTranslator('de'), s.words)).toContain('Deutschland');
  });

  it('shielded: a protection layer answers everywhere', () => {
    const s = summarise({ probes: many([['DE', 'shielded', 6], ['US', 'shielded', 4]]), own: 'shielded' });
    expect(s.verdict).toBe('shielded');
    expect(sayVerdict(en, s.words)).toContain('10 of 10');
  });

  it('partial: anything else, with the counts', () => {
    const s = summarise({ probes: many([['DE', 'up', 3], ['FR', 'up', 2], ['NL', 'down', 3], ['US', 'shielded', 2]]), own: 'down' });
    expect(s.verdict).toBe('partial');
    expect(s.words.args).toEqual([10, 5, 3, 2]);
    expect(sayVerdict(en, s.words)).toBe('Mixed: reachable from 5 of 10 networks, unreachable from 3, shielded for 2');
  });

  it('too few probes say nothing for certain; none at all is unavailable', () => {
    expect(summarise({ probes: many([['DE', 'down', 2]]) }).verdict).toBe('partial');
    expect(summarise({ probes: [] })).toMatchObject({ verdict: 'unavailable', reason: 'no_results' });
  });

  it('unavailable says why: the reset time of a rate limit, the API\'s own reason for a refusal', () => {
    const reset = new Date(2026, 0, 5, 14, 30).getTime();
    expect(sayVerdict(en, unavailable('rate_limited', { resetAt: reset }).words)).toMatch(/limit.*2:30/);
    expect(sayVerdict(en, unavailable('refused', { apiMessage: '"target" must not be a private hostname' }).words)).toContain('"target" must not be a private hostname');
  });
});
