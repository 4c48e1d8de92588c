/**
 * The shield corpus (test/fixtures/shields/*.json): real-world answers gathered from public
 * evidence, each with the verdict Vigil must give and the source it comes from. Every case is
 * classified as recorded, with the vendor named; a failure names the case and its source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyResponse } from '../../../src/probe/classify';
import { RULES } from '../../../src/probe/fingerprints';

interface ShieldCase {
  id: string;
  vendor: string | null;
  source: string;
  note?: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  expect: { outcome: string; cause?: string; vendor?: string; kind?: string };
}

const DIR = join(__dirname, '../../fixtures/shields');
const CASES: ShieldCase[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as ShieldCase);

function verdictOf(c: ShieldCase) {
  return classifyResponse({
    status: c.status,
    headers: new Headers(c.headers),
    finalUrl: 'https://www.example.gov/',
    ttfbMs: 120,
    bodyStart: c.body,
    allowedHosts: ['example.gov'],
    slowMs: 3000,
    now: Date.parse('2026-11-30T10:00:00Z'),
  });
}

describe('the shield corpus', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const verdict = verdictOf(c);
    const seen = { outcome: verdict.outcome, cause: verdict.cause, vendor: verdict.evidence.vendor, kind: verdict.evidence.shield ?? verdict.evidence.edge?.reason };
    const wanted = { outcome: c.expect.outcome, cause: c.expect.cause, vendor: c.expect.vendor, kind: c.expect.kind };
    expect(seen, `case ${c.id} (source: ${c.source}) got ${JSON.stringify(verdict.evidence)}`).toEqual(wanted);
    if (c.id.startsWith('healthy-') || c.id.startsWith('news-') || c.id.startsWith('login-')) expect(verdict.outcome, c.id).toBe('up');
  });

  it('is big and varied enough to mean something', () => {
    const vendors = new Set(CASES.map((c) => c.expect.vendor).filter(Boolean));
    const negatives = CASES.filter((c) => !c.expect.vendor);
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(vendors.size).toBeGreaterThanOrEqual(35);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
    // Every layer the issue names is in the corpus.
    for (const v of ['Cloudflare', 'Akamai', 'Imperva (Incapsula)', 'F5 BIG-IP ASM', 'AWS WAF', 'Amazon CloudFront', 'Azure Front Door', 'Azure Application Gateway', 'Google Cloud Armor', 'Sucuri', 'DDoS-Guard', 'Qrator', 'Myra Security', 'Link11', 'Reblaze', 'Radware', 'StackPath', 'Barracuda', 'FortiWeb', 'Citrix NetScaler', 'Airlock', 'DataDome', 'HUMAN (PerimeterX)', 'Kasada', 'Wordfence', 'ModSecurity', 'Imunify360', 'Fastly', 'Fastly Next-Gen WAF', 'go-away', 'Anubis', 'Vercel']) {
      expect(vendors, v).toContain(v);
    }
    for (const c of CASES) expect(c.source, c.id).toMatch(/^https:\/\//);
  });

  it('every rule fires on at least one case, and no body rule stands on prose alone', () => {
    const unused = RULES.filter((rule) => !CASES.some((c) => verdictOf(c).evidence.vendor === rule.vendor && ruleFires(rule, c)));
    expect(unused.map((r) => r.id)).toEqual([]);
    // A body pattern needs a status filter, a vendor header, or a marker no ordinary text contains.
    const loose = RULES.filter((r) => r.body && !r.statuses && !r.headers && !r.unmistakable);
    expect(loose.map((r) => r.id)).toEqual([]);
  });
});

function ruleFires(rule: (typeof RULES)[number], c: ShieldCase): boolean {
  const headers = new Headers(c.headers);
  if (rule.statuses && !rule.statuses.includes(c.status)) return false;
  for (const [name, pattern] of Object.entries(rule.headers ?? {})) {
    const value = headers.get(name);
    if (value === null || !pattern.test(value)) return false;
  }
  return rule.body ? rule.body.test(c.body) : true;
}
