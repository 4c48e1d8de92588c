/**
 * Runs inside an extension page of a bench-only copy of the build (never shipped): fills Vigil's own
 * IndexedDB with a year of history for many sites and times the history layer's operations.
 *
 * The last 48 hours go through the real write path (monitor step + writeResults, one transaction
 * per round of all sites). Older days would take hours that way (100 sites × 365 days × 288 checks),
 * so they are rolled up with the same bucket arithmetic (addProbe/addObserved/mergeInto and the
 * summary update) and stored with the same records, hour by hour, in bulk.
 */
import { addObserved, addProbe, emptyBucket, mergeInto, type Bucket, type Observed } from '../../src/history/bucket';
import { addDay, addHour } from '../../src/history/bucket-store';
import { openHistory, type HistoryDb, type StoredDays, type StoredHours } from '../../src/history/db';
import { dayStart, HOUR_MS, hourStart, yearStart } from '../../src/history/periods';
import { historyOverview, recentSamples } from '../../src/history/read';
import { prune, RETENTION } from '../../src/history/retention';
import { applyToRecent, closeDays, emptyRecent, emptySummary } from '../../src/history/summary';
import { writeResults, type ProbeWrite } from '../../src/history/write';
import type { ProbeResult, SiteState } from '../../src/model';
import { step } from '../../src/monitor/monitor';
import { defaultSettings } from '../../src/settings/defaults';

interface FillOptions {
  siteUrls: string[];
  days: number;
  intervalMinutes: number;
  now: number;
}

/** Deterministic pseudo-random numbers, so two runs fill the same history. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

async function fillOlderDays(db: HistoryDb, options: FillOptions, writeFrom: number): Promise<void> {
  const random = mulberry32(42);
  const probesPerHour = 60 / options.intervalMinutes;
  const firstHour = hourStart(options.now - options.days * 86_400_000);
  const keepHoursFrom = options.now - RETENTION.hourlyMs;
  for (const [site, siteUrl] of options.siteUrls.entries()) {
    const hours: Array<{ start: number; b: Bucket }> = [];
    const hourDays = new Map<number, StoredHours>();
    const days = new Map<number, Bucket>();
    for (let start = firstHour, index = 0; start < writeFrom; start += HOUR_MS, index += 1) {
      const bucket = emptyBucket();
      for (let i = 0; i < probesPerHour; i += 1) {
        const { status, ms } = outcomeAt(random, index, site);
        addProbe(bucket, status, ms);
        addObserved(bucket, status, options.intervalMinutes * 60);
      }
      const day = dayStart(start);
      if (start >= keepHoursFrom) {
        hours.push({ start, b: bucket });
        const record = hourDays.get(day) ?? { siteUrl, start: day, hours: [] };
        addHour(record, start, bucket);
        hourDays.set(day, record);
      }
      const total = days.get(day) ?? emptyBucket();
      mergeInto(total, bucket);
      days.set(day, total);
    }
    // The same summary update as the write path, applied once to the whole year.
    const update = applyToRecent(emptyRecent(siteUrl), { siteUrl, hours: new Map(hours.map((h) => [h.start, h.b])), days }, writeFrom);
    const tx = db.transaction(['hourly', 'daily', 'summaries', 'recent'], 'readwrite');
    for (const record of hourDays.values()) void tx.objectStore('hourly').put(record);
    // Closed days in year records, as closing them one by one would have written them.
    const years = new Map<number, StoredDays>();
    for (const [start, b] of days) {
      if (start >= dayStart(dayStart(writeFrom) - 1)) continue; // yesterday and today stay open
      const year = yearStart(start);
      const record = years.get(year) ?? { siteUrl, start: year, days: [] };
      addDay(record, start, b);
      years.set(year, record);
    }
    for (const record of years.values()) void tx.objectStore('daily').put(record);
    void tx.objectStore('summaries').put(closeDays(emptySummary(siteUrl), update.closedDays, options.now));
    void tx.objectStore('recent').put(update.recent);
    await tx.done;
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
    return { sample: result, prev, step: out };
  });
}

async function fillRecent(db: HistoryDb, options: FillOptions, from: number): Promise<{ rounds: number; ms: number }> {
  const random = mulberry32(7);
  const states = new Map<string, SiteState>();
  const started = performance.now();
  let rounds = 0;
  for (let at = from; at <= options.now; at += options.intervalMinutes * 60_000) {
    await writeResults(db, roundWrites(options.siteUrls, states, at, random, options.intervalMinutes), at);
    rounds += 1;
  }
  return { rounds, ms: performance.now() - started };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function fill(options: FillOptions) {
  const db = await openHistory();
  const started = performance.now();
  const recentFrom = hourStart(options.now - RETENTION.samplesMs);
  await fillOlderDays(db, options, recentFrom);
  const older = performance.now() - started;
  const recent = await fillRecent(db, options, recentFrom);
  await prune(db, options.now);
  db.close();
  return { olderDaysMs: Math.round(older), recentRounds: recent.rounds, recentMs: Math.round(recent.ms) };
}

async function measure(options: FillOptions & { repeats: number }) {
  const db = await openHistory();
  const random = mulberry32(99);
  const states = new Map<string, SiteState>();
  for (const s of await db.getAll('states')) states.set(s.siteUrl, s);
  const writes: number[] = [];
  for (let i = 1; i <= options.repeats; i += 1) {
    const at = options.now + i * options.intervalMinutes * 60_000;
    const batch = roundWrites(options.siteUrls, states, at, random, options.intervalMinutes);
    const t = performance.now();
    await writeResults(db, batch, at);
    writes.push(performance.now() - t);
  }
  const overview: number[] = [];
  let sites = 0;
  for (let i = 0; i < options.repeats; i += 1) {
    const t = performance.now();
    sites = (await historyOverview(db, options.now, options.siteUrls)).size;
    overview.push(performance.now() - t);
  }
  const counts = Object.fromEntries(await Promise.all((['samples', 'hourly', 'daily', 'summaries', 'recent', 'incidents', 'transitions'] as const).map(async (s) => [s, await db.count(s)])));
  // JSON length per store: not the bytes on disk, but where the bytes go.
  const jsonBytes: Record<string, number> = {};
  for (const store of ['samples', 'hourly', 'daily', 'summaries', 'recent', 'transitions', 'incidents', 'states'] as const) {
    const [keys, values] = await Promise.all([db.getAllKeys(store), db.getAll(store)]);
    jsonBytes[store] = JSON.stringify(keys).length + JSON.stringify(values).length;
  }
  db.close();
  const estimate = await navigator.storage.estimate();
  return {
    writeRoundMedianMs: median(writes),
    overviewMedianMs: median(overview),
    overviewSites: sites,
    usageBytes: estimate.usage ?? -1,
    counts,
    jsonBytes,
  };
}

/** Every stored check of these sites, unpacked: what the other benchmarks read back. */
async function samples(siteUrls: string[]): Promise<ProbeResult[]> {
  const db = await openHistory();
  try {
    return (await Promise.all(siteUrls.map((url) => recentSamples(db, url, 0)))).flat();
  } finally {
    db.close();
  }
}

Object.assign(globalThis, { vigilBench: { fill, measure, samples } });
