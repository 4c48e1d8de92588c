import type { SiteStatus } from '../model';
import type { CrossCheckProbe, CrossCheckVerdict, UnavailableReason, VerdictArg, VerdictWords } from './types';

/**
 * Sums the judged probes up in one word (DESIGN.md "cross-check") and its sentence.
 *
 * - `everyone`: (almost) every network fails to reach the site: "Down for everyone".
 * - `shielded`: a protection layer answers (almost) everywhere.
 * - `geoblock`: it is reachable only from one or two countries and unreachable from the others —
 *   what Czech, German and Lithuanian government sites did under the 2022–2025 DDoS waves.
 * - `you`: reachable from (almost) everywhere while Vigil's own check fails: the trouble is on the
 *   path between this browser and the site.
 * - `partial`: anything else, with the counts (also "reachable everywhere" when asked while the
 *   site answers here too: nothing is wrong, and the counts say so).
 * "Almost": one network in ten may disagree (a flaky home probe); fewer than five probes allow none.
 */
export const MIN_PROBES_FOR_VERDICT = 3;

export interface VerdictInput {
  probes: readonly CrossCheckProbe[];
  /** Vigil's own status of the site: `you` needs it to fail. */
  own?: SiteStatus;
}

export interface Summary {
  verdict: CrossCheckVerdict;
  words: VerdictWords;
  reason?: UnavailableReason;
}

function tolerance(total: number): number {
  return total < 5 ? 0 : Math.max(1, Math.floor(total / 10));
}

const reachable = (p: CrossCheckProbe) => p.verdict === 'up' || p.verdict === 'slow';
const countriesOf = (list: readonly CrossCheckProbe[]) => [...new Set(list.map((p) => p.country))].sort();
const ownFails = (own: SiteStatus | undefined) => own === 'down' || own === 'shielded' || own === 'unknown' || own === undefined;

export function summarise({ probes, own }: VerdictInput): Summary {
  const total = probes.length;
  if (total === 0) return unavailable('no_results');
  const up = probes.filter(reachable);
  const shielded = probes.filter((p) => p.verdict === 'shielded');
  const down = probes.filter((p) => p.verdict === 'down');
  const almostAll = (n: number) => total >= MIN_PROBES_FOR_VERDICT && total - n <= tolerance(total);

  if (almostAll(down.length)) {
    const countries = countriesOf(down);
    return { verdict: 'everyone', words: { key: 'crosscheck_everyone', plural: true, args: [countries.length, down.length, total] } };
  }
  if (almostAll(shielded.length)) {
    return { verdict: 'shielded', words: { key: 'crosscheck_shielded', plural: true, args: [total, shielded.length] } };
  }
  const geo = geoblock(probes);
  if (geo) return { verdict: 'geoblock', words: { key: 'crosscheck_geoblock', args: [{ countries: geo }] } };
  if (almostAll(up.length) && ownFails(own)) {
    return { verdict: 'you', words: { key: 'crosscheck_you', plural: true, args: [total, up.length] } };
  }
  return { verdict: 'partial', words: { key: 'crosscheck_partial', plural: true, args: [total, up.length, down.length, shielded.length] } };
}

/**
 * The countries a geo-blocked site is reachable from: at most two, where most of their probes reach
 * it, while probes in at least two other countries all fail (down or shielded), none reaching it.
 */
function geoblock(probes: readonly CrossCheckProbe[]): string[] | undefined {
  const inside = countriesOf(probes.filter(reachable));
  if (inside.length === 0 || inside.length > 2) return undefined;
  const there = probes.filter((p) => inside.includes(p.country));
  const abroad = probes.filter((p) => !inside.includes(p.country));
  if (there.filter(reachable).length * 2 < there.length) return undefined;
  if (countriesOf(abroad).length < 2) return undefined;
  const abroadDown = abroad.filter((p) => p.verdict === 'down').length;
  if (abroad.length - abroadDown > tolerance(abroad.length)) return undefined;
  return inside;
}

const UNAVAILABLE_KEYS: Record<UnavailableReason, string> = {
  rate_limited: 'crosscheck_unavailable_rate_limited',
  hourly_cap: 'crosscheck_unavailable_hourly_cap',
  refused: 'crosscheck_unavailable_refused',
  no_probes: 'crosscheck_unavailable_no_probes',
  no_results: 'crosscheck_unavailable_no_results',
  network: 'crosscheck_unavailable_network',
  private_target: 'crosscheck_unavailable_private_target',
  timeout: 'crosscheck_unavailable_timeout',
};

/** `unavailable`, with its reason's sentence: a reset time for limits, the API's own message for a refusal. */
export function unavailable(reason: UnavailableReason, detail?: { resetAt?: number; apiMessage?: string }): Summary {
  const args: VerdictArg[] = [];
  if (reason === 'rate_limited' || reason === 'hourly_cap') args.push({ time: detail?.resetAt ?? 0 });
  if (reason === 'refused') args.push(detail?.apiMessage ?? '');
  return { verdict: 'unavailable', reason, words: { key: UNAVAILABLE_KEYS[reason], args } };
}
