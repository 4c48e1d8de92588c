import type { Connectivity } from './monitor';

/**
 * Is the user's own connection working? Any canary answering at all (an opaque no-cors response is
 * enough, so canaries need no host permission) proves it is. Canaries are run by different companies
 * so one of them being down is not mistaken for the user being offline.
 */
export async function checkCanaries(urls: readonly string[], fetchFn: typeof fetch, timeoutMs = 5000): Promise<Connectivity> {
  if (!urls.length) return 'ok'; // no canaries configured: never claim the user is offline
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const attempts = urls.map((url) => fetchFn(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: controller.signal }));
  try {
    // The first canary to answer settles it; the others are cancelled.
    await Promise.any(attempts);
    return 'ok';
  } catch {
    return 'offline';
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
