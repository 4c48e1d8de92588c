import { browser } from './browser';

export type BrowserKind = 'firefox' | 'chromium';

/**
 * Which browser the pages run in, for instructions that differ (where the pin is). Firefox alone has
 * runtime.getBrowserInfo (the polyfill passes Chrome's runtime through, where it is absent); the
 * user agent is the fallback should that ever change.
 */
export function browserKind(): BrowserKind {
  const runtime = browser.runtime as { getBrowserInfo?: unknown };
  if (typeof runtime.getBrowserInfo === 'function') return 'firefox';
  return /\bFirefox\//.test(navigator.userAgent) ? 'firefox' : 'chromium';
}
