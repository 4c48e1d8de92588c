import { browser } from './browser';

/**
 * fetch() hides why a request failed; webRequest.onErrorOccurred tells (net::ERR_… in Chromium,
 * NS_ERROR_… in Firefox). The observer keeps the last few errors and the probe asks for the one
 * that matches its site's host. At most one probe per host is in flight, so the host identifies it.
 */
interface SeenError {
  host: string;
  error: string;
  at: number;
}

const recent: SeenError[] = [];
const KEEP = 50;
/** The event can arrive after fetch() rejected (Firefox: up to about a second). */
const WAIT_MS = 1000;

function remember(url: string, error: string): void {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return;
  }
  recent.push({ host, error, at: Date.now() });
  if (recent.length > KEEP) recent.splice(0, recent.length - KEEP);
}

/** How a redirect to a non-web scheme is written down; src/probe/net-errors.ts reads it back. */
const UNSAFE_REDIRECT = 'unsafe redirect';

/** A redirect's target that fetch refuses to follow (data:, javascript:, ftp: …): noted with its scheme only. */
function noteRedirect(url: string, location: string | undefined): void {
  const scheme = location ? /^\s*([a-z][a-z0-9+.-]*:)/i.exec(location)?.[1]?.toLowerCase() : undefined;
  if (scheme && scheme !== 'http:' && scheme !== 'https:') remember(url, `${UNSAFE_REDIRECT} (Location: ${scheme})`);
}

export function observeRequestErrors(): void {
  // tabId -1: only requests of no tab (ours), so the user's own browsing never wakes the worker.
  const filter = { urls: ['<all_urls>'], tabId: -1 };
  browser.webRequest.onErrorOccurred.addListener((details) => {
    if (details.tabId !== -1) return; // only our own background requests
    remember(details.url, details.error);
  }, filter);
  // Where a redirect led is not in fetch's error. Measured: Chromium 156 reports javascript: and ftp:
  // redirects here (data: only as net::ERR_UNSAFE_REDIRECT), Firefox ESR 153 data: and javascript:
  // through the headers, ftp: through the redirect event; both only after fetch() has rejected.
  browser.webRequest.onBeforeRedirect.addListener((details) => {
    if (details.tabId === -1) noteRedirect(details.url, details.redirectUrl);
  }, filter);
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      if (details.tabId !== -1 || details.statusCode < 300 || details.statusCode > 399) return undefined;
      noteRedirect(details.url, details.responseHeaders?.find((h) => h.name.toLowerCase() === 'location')?.value);
      return undefined;
    },
    filter,
    ['responseHeaders'],
  );
}

export async function explainFailure(url: string, since: number): Promise<string | undefined> {
  const host = new URL(url).hostname;
  const find = () => {
    const seen = recent.filter((e) => e.host === host && e.at >= since - 5);
    // An unsafe redirect explains more than the error that follows it (Firefox: NS_ERROR_CORRUPTED_CONTENT).
    return (seen.find((e) => e.error.startsWith(UNSAFE_REDIRECT)) ?? seen.at(-1))?.error;
  };
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = find();
    if (found || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
