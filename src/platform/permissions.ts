import { browser } from './browser';

export function hasOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins });
}

/**
 * Must be called straight from the user's click (before any await), or the browser refuses.
 * Resolves to whether the user granted the origins.
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}
