import type { CrossCheck } from './types';

/**
 * How often Vigil asks Globalping, so that every user behind one address stays well within the
 * anonymous allowance ("250 free tests/hour" per IP, a test being one probe) and the API is never
 * hammered during an attack, when every Vigil user may want a cross-check at once.
 *
 * - A site's result is reused for 10 minutes: asking again tells nothing new.
 * - At most MAX_PER_HOUR measurements an hour (about 14 probes each: a quarter of the allowance).
 * - A refused POST is never retried: a 429 blocks every measurement until its reset
 *   (`X-RateLimit-Reset`, "The number of seconds until the limit resets", or `Retry-After`);
 *   a known `X-RateLimit-Remaining` smaller than the probes a measurement needs does too.
 */
export const REUSE_MS = 10 * 60_000;
export const MAX_PER_HOUR = 5;
const HOUR_MS = 3_600_000;

/** What the budget remembers between worker lives (stored as one record). */
export interface BudgetState {
  /** When each of the last hour's measurements was created (epoch ms). */
  created: number[];
  /** No POST before this (epoch ms): a 429's reset, or the allowance used up. */
  blockedUntil?: number;
  /** The allowance as the last answer told it. */
  remaining?: number;
  resetAt?: number;
}

export function emptyBudget(): BudgetState {
  return { created: [] };
}

export type Decision =
  | { kind: 'reuse'; check: CrossCheck }
  | { kind: 'refuse'; reason: 'rate_limited' | 'hourly_cap'; until: number }
  | { kind: 'go' };

/** May a measurement of `probes` tests be created now? `last` is the site's latest stored result. */
export function decide(state: BudgetState, now: number, probes: number, last?: CrossCheck): Decision {
  if (last && now - last.at < REUSE_MS && last.reason !== 'network') return { kind: 'reuse', check: last };
  if (state.blockedUntil !== undefined && now < state.blockedUntil) return { kind: 'refuse', reason: 'rate_limited', until: state.blockedUntil };
  if (state.remaining !== undefined && state.resetAt !== undefined && now < state.resetAt && state.remaining < probes) {
    return { kind: 'refuse', reason: 'rate_limited', until: state.resetAt };
  }
  const recent = state.created.filter((t) => now - t < HOUR_MS).sort((a, b) => a - b);
  if (recent.length >= MAX_PER_HOUR) return { kind: 'refuse', reason: 'hourly_cap', until: recent[0]! + HOUR_MS };
  return { kind: 'go' };
}

/** The rate-limit headers every create answer carries (spec `measurements202` / `measurements429`). */
export interface RateLimitInfo {
  limit?: number;
  remaining?: number;
  /** Seconds until the limit resets. */
  reset?: number;
  /** Seconds to wait (Retry-After). */
  retryAfter?: number;
}

/** After a 202: one more measurement this hour, and the allowance the API reported. */
export function afterCreated(state: BudgetState, now: number, info: RateLimitInfo): BudgetState {
  const created = [...state.created.filter((t) => now - t < HOUR_MS), now];
  return { created, ...withAllowance(info, now), blockedUntil: undefined };
}

/** After a 429 on create: nothing until the reset the API names (an hour if it names none). */
export function afterRefused(state: BudgetState, now: number, info: RateLimitInfo): BudgetState {
  const seconds = info.reset ?? info.retryAfter ?? HOUR_MS / 1000;
  return { ...state, ...withAllowance({ ...info, remaining: info.remaining ?? 0, reset: seconds }, now), blockedUntil: now + seconds * 1000 };
}

function withAllowance(info: RateLimitInfo, now: number): Pick<BudgetState, 'remaining' | 'resetAt'> {
  if (info.remaining === undefined || info.reset === undefined) return {};
  return { remaining: info.remaining, resetAt: now + info.reset * 1000 };
}

/** Reads the rate-limit headers; absent or malformed values are left out. */
export function readRateLimit(headers: { get(name: string): string | null }): RateLimitInfo {
  const int = (name: string) => {
    const value = headers.get(name);
    return value !== null && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
  };
  const info: RateLimitInfo = {};
  const limit = int('x-ratelimit-limit');
  const remaining = int('x-ratelimit-remaining');
  const reset = int('x-ratelimit-reset');
  const retryAfter = int('retry-after');
  if (limit !== undefined) info.limit = limit;
  if (remaining !== undefined) info.remaining = remaining;
  if (reset !== undefined) info.reset = reset;
  if (retryAfter !== undefined) info.retryAfter = retryAfter;
  return info;
}

/** How long to wait before the next poll: the spec's 500 ms after each answer, or a 429's Retry-After. */
export function pollDelay(status: number, info: RateLimitInfo): number {
  if (status === 429) return Math.max(1, info.retryAfter ?? 5) * 1000;
  return 500;
}
