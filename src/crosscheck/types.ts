import type { Cause, Outcome, SiteStatus } from '../model';

/** The one word a cross-check ends on (DESIGN.md "Words": cross-check). */
export type CrossCheckVerdict = 'everyone' | 'you' | 'geoblock' | 'shielded' | 'partial' | 'unavailable';
export const CROSSCHECK_VERDICTS: readonly CrossCheckVerdict[] = ['everyone', 'you', 'geoblock', 'shielded', 'partial', 'unavailable'];

/** Why a cross-check could not be made. */
export type UnavailableReason =
  /** 429 on create, or the API's limits say no tests are left: `resetAt` says when that ends. */
  | 'rate_limited'
  /** Vigil's own hourly cap (budget.ts) was reached: `resetAt` says when one frees up. */
  | 'hourly_cap'
  /** 400: the API refused the request (a private target, an invalid name): `apiMessage` says why. */
  | 'refused'
  /** 422: "No matching probes available". */
  | 'no_probes'
  /** Every probe failed for the network's own reasons. */
  | 'no_results'
  /** Globalping could not be reached at all (the user's connection, or the API down). */
  | 'network'
  /** Release builds never send a loopback or private address (the API refuses them). */
  | 'private_target'
  /** The measurement never finished in the time the runner gives it. */
  | 'timeout';

/** One remote probe, judged with Vigil's own rules (judge.ts). Exported in the incidents JSON. */
export interface CrossCheckProbe {
  country: string;
  city: string;
  asn: number;
  network: string;
  continent: string;
  verdict: Outcome;
  cause?: Cause;
  /** The protection layer that answered, when one did ("Cloudflare challenge"). */
  fingerprint?: string;
  httpStatus?: number;
  timeMs?: number;
}

/**
 * A substitution in a verdict's words: a count, a quoted text, ISO country codes (named in the
 * reader's language when shown) or a time (epoch ms, written in the reader's clock).
 */
export type VerdictArg = number | string | { countries: string[] } | { time: number };

/**
 * The verdict's sentence as a catalog key and its arguments, put into words where it is shown
 * (words.ts), never stored as English. `plural`: the key is a counted base, `args[0]` its count.
 */
export interface VerdictWords {
  key: string;
  args: VerdictArg[];
  plural?: boolean;
}

/**
 * One cross-check of one site, as kept (storage now, the incident's evidence later) and exported:
 * `crossChecks: [{measurementId, at, verdict, probes: [{country, city, asn, network, verdict, httpStatus, timeMs}]}]`.
 */
export interface CrossCheck {
  siteUrl: string;
  /** Absent when no measurement was created (refused, rate limited, opted out of the network). */
  measurementId?: string;
  /** When the measurement was asked for (epoch ms). */
  at: number;
  verdict: CrossCheckVerdict;
  probes: CrossCheckProbe[];
  /** Probes left out because they failed for their own network's reasons (internal, offline). */
  excluded: number;
  /** Vigil's own status of the site when the cross-check was made, shown beside the probes. */
  own?: { status: SiteStatus; cause?: Cause; httpStatus?: number; timeMs?: number };
  words: VerdictWords;
  reason?: UnavailableReason;
  /** For rate limits: when Globalping (or Vigil's cap) allows the next one (epoch ms). */
  resetAt?: number;
  /** For a refusal: the API's own message, quoted. */
  apiMessage?: string;
  /** What asked for it. */
  trigger: 'outage' | 'demand';
  incidentId?: number;
}

/** A measurement created and not yet read to the end: kept so a stopped worker resumes the poll. */
export interface PendingCrossCheck {
  siteUrl: string;
  measurementId: string;
  at: number;
  trigger: CrossCheck['trigger'];
  incidentId?: number;
  own?: CrossCheck['own'];
  /** The last ETag seen, for If-None-Match. */
  etag?: string;
}

/** The measurement's public page, which anyone can open. */
export function publicPage(measurementId: string): string {
  return `https://globalping.io/?measurement=${encodeURIComponent(measurementId)}`;
}
