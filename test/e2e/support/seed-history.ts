/**
 * Runs inside an extension page (built by seed.ts, never shipped): writes a site's history through
 * the history's one door with the product's own code, as the background would have written it at
 * those times. Checks go through the monitor's step and recordResults (one transaction each, as the
 * runner writes them); whole days of the past go through recordRollups with the bucket arithmetic,
 * as the bench lays down a year.
 */
import { addObserved, addProbe, emptyBucket, mergeInto, type Bucket } from '../../../src/history/bucket';
import { dayStart, HOUR_MS, hourStart } from '../../../src/history/periods';
import { HistoryStore } from '../../../src/history/store';
import type { ProbeResult, WatchSettings } from '../../../src/model';
import { step } from '../../../src/monitor/monitor';

export interface SeedCheck {
  at: number;
  outcome: 'up' | 'down';
  httpStatus?: number;
}

export interface SeedInput {
  siteUrl: string;
  /** Hours of the past, all seen up but for `downMinutes` in the hour holding `downAt`, filed at once. */
  past?: { from: number; to: number; downAt: number; downMinutes: number };
  checks: SeedCheck[];
  settings: WatchSettings;
}

async function seed({ siteUrl, past, checks, settings }: SeedInput): Promise<void> {
  const history = await HistoryStore.open();
  try {
    if (past) {
      const hours = new Map<number, Bucket>();
      const days = new Map<number, Bucket>();
      for (let start = hourStart(past.from); start < past.to; start += HOUR_MS) {
        const bucket = emptyBucket();
        const down = start === hourStart(past.downAt) ? past.downMinutes * 60 : 0;
        for (let i = 0; i < 12; i += 1) addProbe(bucket, i < Math.ceil(down / 300) ? 'down' : 'up', i < Math.ceil(down / 300) ? undefined : 180);
        addObserved(bucket, 'up', 3600 - down);
        addObserved(bucket, 'down', down);
        hours.set(start, bucket);
        const total = days.get(dayStart(start)) ?? emptyBucket();
        mergeInto(total, bucket);
        days.set(dayStart(start), total);
      }
      await history.recordRollups([{ delta: { siteUrl, hours, days }, now: past.to - 1 }]);
    }
    let prev = await history.state(siteUrl);
    for (const check of checks) {
      const result: ProbeResult = {
        siteUrl,
        at: check.at,
        outcome: check.outcome,
        ...(check.outcome === 'down' ? { cause: 'http' as const } : { ttfbMs: 120 }),
        httpStatus: check.httpStatus ?? 200,
        totalMs: 130,
        bytesRead: 512,
        evidence: {},
      };
      const out = step({ prev, result, settings, connectivity: 'ok', now: check.at, random: () => 0.5 });
      await history.recordResults([{ result, prev, step: out }], check.at);
      // As stored: the state carries its open incident's id only once written.
      prev = await history.state(siteUrl);
    }
  } finally {
    history.close();
  }
}

Object.assign(globalThis, { vigilSeed: seed });
