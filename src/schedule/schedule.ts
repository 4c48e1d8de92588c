import type { Site, SiteState } from '../model';

/**
 * Due-time arithmetic. Pure: the clock and randomness come in as arguments.
 * Good citizenship: every interval is jittered so a thousand browsers do not probe in step, a down
 * site is probed less often (exponential backoff, capped), and a Retry-After is honoured.
 */

export const JITTER = 0.1;
export const MAX_BACKOFF_FACTOR = 8;
export const MAX_BACKOFF_MS = 60 * 60_000;
/** A site due within this margin of a tick is probed at that tick rather than a whole tick later. */
export const DUE_SLACK_MS = 20_000;

export interface NextDueInput {
  now: number;
  intervalMinutes: number;
  /** Failing probes in a row (0 when healthy). */
  failures: number;
  retryAfterSeconds?: number;
  random: () => number;
}

export function nextDueAt(input: NextDueInput): number {
  const base = input.intervalMinutes * 60_000;
  const factor = input.failures > 1 ? Math.min(2 ** (input.failures - 1), MAX_BACKOFF_FACTOR) : 1;
  const backedOff = Math.max(base, Math.min(base * factor, MAX_BACKOFF_MS));
  const jittered = backedOff * (1 - JITTER + 2 * JITTER * input.random());
  const notBefore = (input.retryAfterSeconds ?? 0) * 1000;
  return input.now + Math.round(Math.max(jittered, notBefore));
}

/** The sites a tick should probe: never-checked ones first, then by how overdue they are. */
export function dueSites(sites: readonly Site[], states: ReadonlyMap<string, SiteState>, now: number): Site[] {
  return sites
    .filter((site) => !site.paused)
    .map((site) => ({ site, due: states.get(site.url)?.nextDueAt ?? 0 }))
    .filter(({ due }) => due <= now + DUE_SLACK_MS)
    .sort((a, b) => a.due - b.due)
    .map(({ site }) => site);
}
