/**
 * Runs inside an extension page of a bench-only copy of the build (never shipped): fills Vigil's own
 * IndexedDB with a year of history for many sites and times the history's operations, all through
 * the history's one door (HistoryStore), so it measures the layout the product writes.
 *
 * The last 48 hours go through the real write path (monitor step + recordResults, one transaction
 * per round of all sites). Older days would take hours that way (100 sites × 365 days × 288 checks),
 * so each site's year is rolled up with the product's bucket arithmetic (addProbe/addObserved) and
 * applied through recordRollups: the same code that files each check's delta into hours, closes
 * days into their year record and keeps the summaries.
 */
import { addObserved, addProbe, emptyBucket, mergeInto, type Bucket, type Observed } from '../../src/history/bucket';
import { dayStart, HOUR_MS, hourStart } from '../../src/history/periods';
import { HistoryStore, type ProbeWrite } from '../../src/history/store';
import type { ProbeResult, SiteState } from '../../src/model';
import { step } from '../../src/monitor/monitor';
import { defaultSettings } from '../../src/settings/defaults';
import { seededRandom } from '../lib/seeded-random.mjs';

/** The raw checks are kept 48 hours (README "History"). */
const CHECKS_KEPT_MS = 48 * HOUR_MS;

interface FillOptions {
  siteUrls: string[];
  days: number;
  intervalMinutes: number;
  now: number;
}


/** A plausible site: mostly up, sometimes slow, a few outages a year, ~1% of the time offline. */
function outcomeAt(random: () => number, hourIndex: number, site: number): { status: Observed; ms?: number } {
  const outage = (hourIndex + site * 97) % 2000 < 3;
  if (outage) return { status: 'down' };
  const r = random();
  if (r < 0.01) return { status: 'offline' };
  if (r < 0.05) return { status: 'slow', ms: 3000 + Math.round(random() * 4000) };
  if (r < 0.055) return { status: 'shielded', ms: 80 + Math.round(random() * 100) };
  return { status: 'up', ms: 60 + Math.round(random() * 600) };
}

async function fillOlderDays(history: HistoryStore, options: FillOptions, writeFrom: number): Promise<void> {
  const random = seededRandom(42);
  const probesPerHour = 60 / options.intervalMinutes;
  const firstHour = hourStart(options.now - options.days * 86_400_000);
  for (const [site, siteUrl] of options.siteUrls.entries()) {
    // One delta per site: a browser that kept no record for a year and files it at once. The
    // product's own code splits it into day records, closes the days into their year and keeps
    // the summaries, as it does for each check.
    const hours = new Map<number, Bucket>();
    const days = new Map<number, Bucket>();
    for (let start = firstHour, index = 0; start < writeFrom; start += HOUR_MS, index += 1) {
      const bucket = emptyBucket();
      for (let i = 0; i < probesPerHour; i += 1) {
        const { status, ms } = outcomeAt(random, index, site);
        addProbe(bucket, status, ms);
        addObserved(bucket, status, options.intervalMinutes * 60);
      }
      hours.set(start, bucket);
      const day = dayStart(start);
      const total = days.get(day) ?? emptyBucket();
      mergeInto(total, bucket);
      days.set(day, total);
    }
    await history.recordRollups([{ delta: { siteUrl, hours, days }, now: writeFrom - 1 }]);
  }
}

/** One round's writes, exactly as the runner makes them. */
function roundWrites(siteUrls: string[], states: Map<string, SiteState>, at: number, random: () => number, intervalMinutes: number): ProbeWrite[] {
  const settings = { ...defaultSettings(), intervalMinutes };
  return siteUrls.map((siteUrl, site) => {
    const { status, ms } = outcomeAt(random, Math.floor(at / HOUR_MS), site);
    const outcome = status === 'offline' ? 'down' : status;
    const result: ProbeResult = {
      siteUrl,
      at,
      outcome,
      ...(outcome === 'down' ? { cause: status === 'offline' ? 'dns' : 'http' } : {}),
      httpStatus: outcome === 'down' && status !== 'offline' ? 503 : 200,
      ...(ms === undefined ? {} : { ttfbMs: ms }),
      totalMs: (ms ?? 100) + 20,
      bytesRead: 16_384,
      finalUrl: siteUrl,
      evidence: {},
    };
    const prev = states.get(siteUrl);
    const out = step({ prev, result, settings: { ...settings, retry: { attempts: 0, delaySeconds: 1 } }, connectivity: status === 'offline' ? 'offline' : 'ok', now: at, random });
    states.set(siteUrl, { ...out.state, ...(out.open ? { openIncidentId: -1 } : {}) });
    return { result, prev, step: out };
  });
}

async function fillRecent(history: HistoryStore, options: FillOptions, from: number): Promise<{ rounds: number; ms: number }> {
  const random = seededRandom(7);
  const states = new Map<string, SiteState>();
  const started = performance.now();
  let rounds = 0;
  for (let at = from; at <= options.now; at += options.intervalMinutes * 60_000) {
    await history.recordResults(roundWrites(options.siteUrls, states, at, random, options.intervalMinutes), at);
    rounds += 1;
  }
  return { rounds, ms: performance.now() - started };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function fill(options: FillOptions) {
  const history = await HistoryStore.open();
  const started = performance.now();
  const recentFrom = hourStart(options.now - CHECKS_KEPT_MS);
  await fillOlderDays(history, options, recentFrom);
  const older = performance.now() - started;
  const recent = await fillRecent(history, options, recentFrom);
  await history.prune(options.now);
  history.close();
  return { olderDaysMs: Math.round(older), recentRounds: recent.rounds, recentMs: Math.round(recent.ms) };
}

async function measure(options: FillOptions & { repeats: number }) {
  const history = await HistoryStore.open();
  const random = seededRandom(99);
  const states = await history.states();
  const writes: number[] = [];
  for (let i = 1; i <= options.repeats; i += 1) {
    const at = options.now + i * options.intervalMinutes * 60_000;
    const batch = roundWrites(options.siteUrls, states, at, random, options.intervalMinutes);
    const t = performance.now();
    await history.recordResults(batch, at);
    writes.push(performance.now() - t);
  }
  // Beside it, the same records read bare (overviewRecords), interleaved so both see the same
  // cache and load: what the uptime arithmetic costs on top of the reading.
  const overview: number[] = [];
  const bare: number[] = [];
  let sites = 0;
  let records = 0;
  for (let i = 0; i < options.repeats; i += 1) {
    let t = performance.now();
    sites = (await history.overview(options.now, options.siteUrls)).size;
    overview.push(performance.now() - t);
    t = performance.now();
    records = await history.overviewRecords(options.siteUrls);
    bare.push(performance.now() - t);
  }
  // The same figures without the beads (the last checks of each row): what the beads cost.
  const overviewNoBeads: number[] = [];
  for (let i = 0; i < options.repeats; i += 1) {
    const t = performance.now();
    await history.overview(options.now, options.siteUrls, 0);
    overviewNoBeads.push(performance.now() - t);
  }
  const counts = await history.counts();
  history.close();
  const estimate = await navigator.storage.estimate();
  return {
    writeRoundMedianMs: median(writes),
    overviewMedianMs: median(overview),
    overviewNoBeadsMedianMs: median(overviewNoBeads),
    overviewSites: sites,
    bareReadMedianMs: median(bare),
    bareReadRecords: records,
    usageBytes: estimate.usage ?? -1,
    counts,
  };
}

/** Every stored check of these sites, unpacked: what the other benchmarks read back. */
async function samples(siteUrls: string[]): Promise<ProbeResult[]> {
  const history = await HistoryStore.open();
  try {
    return (await Promise.all(siteUrls.map((url) => history.recentChecks(url, 0)))).flat();
  } finally {
    history.close();
  }
}

Object.assign(globalThis, { vigilBench: { fill, measure, samples } });
