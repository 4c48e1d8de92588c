import { browser } from './browser';

/**
 * A pending fetch does not keep an MV3 worker alive, but any extension API call resets its 30 s idle
 * timer. While a round runs (confirmation re-probes can take longer than 30 s), touch one every 20 s.
 */
export function keepAliveWhile<T>(work: Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    browser.runtime.getPlatformInfo().catch(() => undefined);
  }, 20_000);
  return work.finally(() => clearInterval(timer));
}
