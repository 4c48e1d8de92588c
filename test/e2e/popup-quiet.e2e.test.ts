/**
 * Muted notifications leave a sign in the popup (issue 12, "No surprises"): a snooze set in Options
 * reads "Notifications quiet until 09:15" with a button that ends it; notifications switched off
 * read so, with a button that turns them on. Both go through the same command as Options.
 */
import { expect, it } from 'vitest';
import { PREFS_KEY } from '../../src/settings/preferences';
import { watchAndOpen } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { clickButton, evaluate, text, waitFor, type Handle } from './support/vigil';

type Prefs = { enabled: boolean; recoveries: boolean; quietUntil?: number };

function storedPrefs(handle: Handle): Promise<Prefs | undefined> {
  return handle.evalInExtension(async (key: string) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { storage: { local: { get(k: string): Promise<Record<string, Prefs | undefined>> } } };
    return (await api.storage.local.get(key))[key];
  }, PREFS_KEY);
}

/** As Options → Notifications does: the background's own command. */
async function setPrefs(handle: Handle, prefs: Prefs): Promise<void> {
  const answer = await handle.evalInExtension(async (p: Prefs) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    return api.runtime.sendMessage({ type: 'setNotificationPrefs', prefs: p });
  }, prefs);
  if (!(answer as { ok: boolean }).ok) throw new Error(`prefs refused: ${JSON.stringify(answer)}`);
}

forBrowsers(['chromium', 'firefox'], (kind) => {
  const v = useVigil(kind);

  it('a snooze shows in the popup with its end time, and the popup ends it', async () => {
    const { page } = await watchAndOpen(v, [{ url: v.url('/ok/quiet'), name: 'Quiet site' }]);
    expect(await evaluate(page, () => document.querySelectorAll('.quiet').length)).toBe(0);
    // 09:15 tomorrow, in the browser's own time zone and words.
    const until = await evaluate(page, () => {
      const d = new Date();
      d.setDate(d.getDate() + 1);
      d.setHours(9, 15, 0, 0);
      return d.getTime();
    });
    await setPrefs(v.handle, { enabled: true, recoveries: true, quietUntil: until });
    await waitFor(async () => (await text(page, '.quiet')).length > 0, { message: 'the quiet line' });
    const expected = await evaluate(page, (at: number) => new Intl.DateTimeFormat(document.documentElement.lang, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(at), until);
    expect(await text(page, '.quiet span')).toBe(`Notifications quiet until ${expected}`);
    expect(expected).toMatch(/09:15|9:15/);
    await clickButton(page, 'Notify again now');
    await waitFor(async () => (await storedPrefs(v.handle))?.quietUntil === undefined, { message: 'the snooze ended' });
    expect(await storedPrefs(v.handle)).toEqual({ enabled: true, recoveries: true });
    await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('.quiet').length)) === 0, { message: 'the quiet line gone' });
  });

  it('notifications switched off say so in the popup, and the popup turns them on', async () => {
    await setPrefs(v.handle, { enabled: false, recoveries: true });
    const { page } = await watchAndOpen(v, [{ url: v.url('/ok/off'), name: 'Unheard site' }]);
    await waitFor(async () => (await text(page, '.quiet span')) === 'Outage notifications are off', { message: 'the off line' });
    await clickButton(page, 'Turn them on');
    await waitFor(async () => (await storedPrefs(v.handle))?.enabled === true, { message: 'notifications on' });
    await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('.quiet').length)) === 0, { message: 'the off line gone' });
  });
});
