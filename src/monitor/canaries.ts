import type { Connectivity } from './monitor';

/**
 * Is the user's own connection working? Any canary answering at all (an opaque no-cors response is
 * enough, so canaries need no host permission) proves it is. Canaries are run by different companies
 * so one of them being down is not mistaken for the user being offline.
 */
export async function checkCanaries(urls: readonly string[], fetchFn: typeof fetch, timeoutMs = 5000): Promise<Connectivity> {
  if (!urls.length) return 'ok'; // no canaries configured: never claim the user is offline
  const attempts = urls.map(async (url) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      await fetchFn(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: controller.signal });
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  });
  const answers = await Promise.all(attempts);
  return answers.some(Boolean) ? 'ok' : 'offline';
}
