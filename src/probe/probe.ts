import type { Phases, ProbeResult, Site } from '../model';
import { DEFAULT_SLOW_MS } from '../settings/defaults';
import { readBody } from './body-reader';
import { classifyResponse } from './classify';
import { allowedHosts } from './hosts';
import { causeOfNetError } from './net-errors';

/** What a probe needs from the outside world; passed in so the probe runs in Node tests. */
export interface ProbeDeps {
  fetch: typeof fetch;
  /** Monotonic-enough clock in epoch ms. */
  now: () => number;
  /**
   * The browser's own reason for a failed request to `url` started at `since`, if it saw one
   * (webRequest.onErrorOccurred). Absent in Node.
   */
  explainFailure?: (url: string, since: number) => Promise<string | undefined>;
  /** Resource Timing phases of the request to `url`, if the browser recorded them. */
  phases?: (url: string) => Phases | undefined;
}

export interface ProbeOptions {
  timeoutMs: number;
  /** Enough body to recognise a challenge page. */
  headBytes?: number;
  /** Hard cap on the body read while searching for the expected text. */
  capBytes?: number;
}

/**
 * What a browser's first navigation sends that an extension may set, so protection layers answer
 * with the page a person would see: some answer fetch's default (accept: any type) with a bare
 * "error code: 1020".
 * The browser adds Accept-Language and User-Agent itself; Sec-Fetch-* (mode cors, dest empty) and
 * cookies are not ours to set (credentials are omitted on purpose).
 */
export const NAVIGATION_HEADERS: Readonly<Record<string, string>> = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'upgrade-insecure-requests': '1',
};

export const HEAD_BYTES = 16 * 1024;
export const CAP_BYTES = 512 * 1024;

/** One probe of one site: a single GET without cookies or cache, read as little as the verdict needs. */
export async function probeSite(site: Site, options: ProbeOptions, deps: ProbeDeps): Promise<ProbeResult> {
  const at = deps.now();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const base = { siteUrl: site.url, at };
  try {
    let response: Response;
    try {
      response = await deps.fetch(site.url, {
        method: 'GET',
        headers: NAVIGATION_HEADERS,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
    } catch (error) {
      const elapsed = deps.now() - at;
      if (timedOut) return { ...base, outcome: 'down', cause: 'timeout', totalMs: elapsed, bytesRead: 0, evidence: { error: `no answer within ${Math.round(options.timeoutMs / 1000)} s`, timeoutSeconds: Math.round(options.timeoutMs / 1000) } };
      const seen = await deps.explainFailure?.(site.url, at);
      const meaning = causeOfNetError(seen);
      return { ...base, outcome: 'down', cause: meaning.cause, totalMs: elapsed, bytesRead: 0, evidence: { error: seen ?? String((error as Error)?.message ?? error) } };
    }
    const seenTtfbMs = deps.now() - at;
    let body;
    try {
      body = await readBody(response.body, {
        headBytes: options.headBytes ?? HEAD_BYTES,
        capBytes: options.capBytes ?? CAP_BYTES,
        ...(site.expectText ? { expectText: site.expectText } : {}),
      });
    } catch (error) {
      // Headers came but the body broke off: the site answered, though not completely.
      const totalMs = deps.now() - at;
      const cause = timedOut ? 'timeout' : 'network';
      return { ...base, outcome: 'down', cause, httpStatus: response.status, ttfbMs: seenTtfbMs, totalMs, bytesRead: 0, ...(response.url && response.url !== site.url ? { finalUrl: response.url } : {}), evidence: timedOut ? { error: `the page did not finish within ${Math.round(options.timeoutMs / 1000)} s`, timeoutSeconds: Math.round(options.timeoutMs / 1000) } : { error: `the page broke off: ${(error as Error).message}` } };
    }
    // The browser files the timing entry a moment after the body ends or is cancelled. Its first-byte
    // time is the network's own; the one seen here also holds any wait of the worker's event loop.
    const phases = deps.phases ? (deps.phases(response.url || site.url) ?? (await nextTask(), deps.phases(response.url || site.url))) : undefined;
    const ttfbMs = phases?.firstByteMs ?? seenTtfbMs;
    const verdict = classifyResponse({
      status: response.status,
      headers: response.headers,
      finalUrl: response.url || site.url,
      ttfbMs,
      bodyStart: body.bodyStart,
      ...(body.expectFound === undefined ? {} : { expectFound: body.expectFound }),
      allowedHosts: allowedHosts(site.url, site.hosts),
      slowMs: site.slowMs ?? DEFAULT_SLOW_MS,
      now: deps.now(),
    });
    const evidence = { ...verdict.evidence, ...(body.truncated ? { truncated: true } : {}), ...(phases ? { phases } : {}) };
    return {
      ...base,
      outcome: verdict.outcome,
      ...(verdict.cause ? { cause: verdict.cause } : {}),
      httpStatus: response.status,
      ttfbMs,
      totalMs: deps.now() - at,
      bytesRead: body.bytesRead,
      // Kept only when it differs: most sites answer at their own address, and history is kept small.
      ...(response.url && response.url !== site.url ? { finalUrl: response.url } : {}),
      evidence,
    };
  } finally {
    clearTimeout(timer);
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
