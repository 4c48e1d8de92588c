/**
 * The vocabulary of the shield table: what a protection layer or an edge can mean by its answer.
 * Rules are data (one file per family of vendors); the matcher in ../fingerprints.ts reads them.
 */

import type { EdgeReason, ShieldKind } from '../../model';

export type { EdgeReason, ShieldKind };

/**
 * A protection layer decided about the visitor (ShieldKind): the site's defences are up, not the
 * site down. Or the edge answered because the site's own server failed (EdgeReason): an outage,
 * said with the edge's name. EdgeReason values: unreachable (could not connect: Cloudflare
 * 521/522/523), timeout (connected, no answer in time: 524, gateway timeouts), bad_answer (the
 * site's server answered with something unusable: 520, 502), tls (525/526), dns (Cloudflare 1016,
 * Akamai "DNS failure"), config (the site is set up wrongly at the edge: Cloudflare 1000-series),
 * origin_error (the edge could not get the page and does not say why: Akamai, Fastly, CloudFront).
 */
export type Meaning = { shield: ShieldKind } | { edge: EdgeReason };

export interface Rule {
  /** Stable name, kept in tests and reports: "cloudflare-error-page". */
  id: string;
  /** Who answered, as the row names it: "Cloudflare", "Myra Security". */
  vendor: string;
  means: Meaning;
  /** Only these statuses count. */
  statuses?: readonly number[];
  /** Every header named here (lower case) must be present and match. */
  headers?: Readonly<Record<string, RegExp>>;
  /** Pattern the start of the body must match. */
  body?: RegExp;
  /**
   * The body pattern is a marker no ordinary page text can contain (a challenge script's path, a
   * reserved element id), so it may stand without a status filter or a vendor header. Rules that
   * lack all three are refused by the table's own unit test: prose must never trip a verdict.
   */
  unmistakable?: true;
  /**
   * A code the answer carries, mapped to what it means; codes not listed fall back to `means`. Read
   * from the status, or from the body pattern's first capture group (Cloudflare's "error code: 1020").
   */
  codes?: { from: 'status' | 'body'; map: Readonly<Record<string, Meaning>> };
}

/** What a matched rule says about one answer. */
export interface Match {
  rule: Rule;
  vendor: string;
  meaning: Meaning;
  /** The code that decided the meaning, when the answer carried one (522, 1020). */
  code?: number;
}
