import type { Outcome, SiteStatus } from '../model';

/**
 * Rollup arithmetic, pure. A bucket summarises one site over one hour or one local day as a flat
 * number array: it is stored as is, and small integers cost a byte or two each in IndexedDB, which is
 * what keeps a year of 100 sites within a few megabytes.
 *
 *   [0..4]   probe counts      up, slow, shielded, down, offline
 *   [5..9]   observed seconds  up, slow, shielded, down, offline (time the status was known to hold)
 *   [10..13] latency           n, sum, min, max (ms, time to first byte, answered probes only)
 *   [14..]   latency histogram, one count per LATENCY_BOUNDS slot (for median and p95)
 */
export type Bucket = number[];

/** Statuses that take observed time; `unknown` never does (nothing was known). */
export type Observed = Exclude<SiteStatus, 'unknown'>;
export const OBSERVED: readonly Observed[] = ['up', 'slow', 'shielded', 'down', 'offline'];

/** Upper bounds (ms) of the histogram slots; the last slot takes everything above. */
export const LATENCY_BOUNDS = [100, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000, Infinity] as const;

const COUNT = 0;
export const SECONDS = 5;
const LAT = 10;
const HIST = 14;
export const BUCKET_LENGTH = HIST + LATENCY_BOUNDS.length;

export function emptyBucket(): Bucket {
  const b = new Array<number>(BUCKET_LENGTH).fill(0);
  b[LAT + 2] = 0; // min stays 0 until the first latency (n says whether there is one)
  return b;
}

const slot = (status: Observed) => OBSERVED.indexOf(status);

/** One probe result into its bucket: its count and, when it answered, its latency. */
export function addProbe(bucket: Bucket, status: Observed, latencyMs: number | undefined): void {
  bucket[COUNT + slot(status)]! += 1;
  if (latencyMs === undefined || !Number.isFinite(latencyMs) || latencyMs < 0) return;
  const ms = Math.round(latencyMs);
  const n = bucket[LAT]!;
  bucket[LAT] = n + 1;
  bucket[LAT + 1]! += ms;
  bucket[LAT + 2] = n === 0 ? ms : Math.min(bucket[LAT + 2]!, ms);
  bucket[LAT + 3] = Math.max(bucket[LAT + 3]!, ms);
  bucket[HIST + LATENCY_BOUNDS.findIndex((bound) => ms <= bound)]! += 1;
}

/** Whole seconds: small integers are what IndexedDB stores in a byte or two (fractions take nine). */
export function addObserved(bucket: Bucket, status: Observed, seconds: number): void {
  const whole = Math.round(seconds);
  if (whole > 0) bucket[SECONDS + slot(status)]! += whole;
}

export function mergeInto(target: Bucket, source: Bucket): void {
  for (let i = 0; i < SECONDS + OBSERVED.length; i += 1) target[i]! += source[i]!;
  const n = target[LAT]!;
  const m = source[LAT]!;
  if (m) {
    target[LAT + 2] = n ? Math.min(target[LAT + 2]!, source[LAT + 2]!) : source[LAT + 2]!;
    target[LAT + 3] = Math.max(target[LAT + 3]!, source[LAT + 3]!);
    target[LAT] = n + m;
    target[LAT + 1]! += source[LAT + 1]!;
    for (let i = HIST; i < BUCKET_LENGTH; i += 1) target[i]! += source[i]!;
  }
}

export interface BucketView {
  counts: Record<Observed, number>;
  observedSeconds: Record<Observed, number>;
  latency?: { n: number; min: number; mean: number; max: number; p50: number; p95: number };
}

export function readBucket(bucket: Bucket): BucketView {
  const counts = Object.fromEntries(OBSERVED.map((s, i) => [s, bucket[COUNT + i]!])) as Record<Observed, number>;
  const observedSeconds = Object.fromEntries(OBSERVED.map((s, i) => [s, bucket[SECONDS + i]!])) as Record<Observed, number>;
  const n = bucket[LAT]!;
  if (!n) return { counts, observedSeconds };
  const min = bucket[LAT + 2]!;
  const max = bucket[LAT + 3]!;
  return {
    counts,
    observedSeconds,
    latency: { n, min, max, mean: Math.round(bucket[LAT + 1]! / n), p50: quantile(bucket, 0.5, min, max), p95: quantile(bucket, 0.95, min, max) },
  };
}

/** A quantile from the histogram: linear within the slot, clamped to the observed min and max. */
function quantile(bucket: Bucket, q: number, min: number, max: number): number {
  const n = bucket[LAT]!;
  const rank = q * n;
  let seen = 0;
  for (let i = 0; i < LATENCY_BOUNDS.length; i += 1) {
    const inSlot = bucket[HIST + i]!;
    if (seen + inSlot >= rank && inSlot > 0) {
      const low = i === 0 ? 0 : LATENCY_BOUNDS[i - 1]!;
      const high = Number.isFinite(LATENCY_BOUNDS[i]!) ? LATENCY_BOUNDS[i]! : max;
      const estimate = low + ((high - low) * (rank - seen)) / inSlot;
      return Math.round(Math.min(max, Math.max(min, estimate)));
    }
    seen += inSlot;
  }
  return max;
}

export function outcomeOrOffline(status: SiteStatus, outcome: Outcome): Observed {
  return status === 'offline' ? 'offline' : outcome;
}

/**
 * How a bucket is stored: the fields a healthy period fills first (up, latency, histogram), the
 * rarer statuses last, and trailing zeros dropped, so a quiet hour takes half the numbers.
 */
const STORAGE_ORDER: readonly number[] = [
  COUNT, SECONDS, LAT, LAT + 1, LAT + 2, LAT + 3,
  ...LATENCY_BOUNDS.map((_, i) => HIST + i),
  COUNT + 1, SECONDS + 1, COUNT + 2, SECONDS + 2, COUNT + 3, SECONDS + 3, COUNT + 4, SECONDS + 4,
];

export function encodeBucket(bucket: Bucket): number[] {
  const out = STORAGE_ORDER.map((i) => bucket[i]!);
  let n = out.length;
  while (n > 0 && out[n - 1] === 0) n -= 1;
  return out.slice(0, n);
}

export function decodeBucket(encoded: ArrayLike<number>): Bucket {
  const bucket = emptyBucket();
  for (let k = 0; k < encoded.length; k += 1) bucket[STORAGE_ORDER[k]!] = encoded[k]!;
  return bucket;
}
