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

export function observeRequestErrors(): void {
  browser.webRequest.onErrorOccurred.addListener(
    (details) => {
      if (details.tabId !== -1) return; // only our own background requests
      remember(details.url, details.error);
    },
    { urls: ['<all_urls>'] },
  );
  // A redirect to javascript: or ftp: makes fetch fail with no error event in time (Chromium sends
  // one later, or not at all): the redirect itself shows where it led. Only the scheme is kept.
  browser.webRequest.onBeforeRedirect.addListener(
    (details) => {
      if (details.tabId !== -1) return;
      const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(details.redirectUrl)?.[1]?.toLowerCase();
      if (scheme && scheme !== 'http:' && scheme !== 'https:') remember(details.url, `net::ERR_UNSAFE_REDIRECT (Location: ${scheme})`);
    },
    { urls: ['<all_urls>'] },
  );
}

export async function explainFailure(url: string, since: number): Promise<string | undefined> {
  const host = new URL(url).hostname;
  const find = () => [...recent].reverse().find((e) => e.host === host && e.at >= since - 5)?.error;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = find();
    if (found || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
