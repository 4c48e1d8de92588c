/**
 * Every cross-check verdict reached through a real confirmed outage (issue 13) and shown where the
 * user looks: the site's detail, the popup's outage notice and the outage notification, in Chromium
 * and Firefox, against the fake Globalping (test/fixtures/globalping-fake.mjs).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFaultServer } from '../fixtures/fault-server.mjs';
import { GLOBALPING_FAKE_PORT, startGlobalpingFake, type GlobalpingFake } from '../fixtures/globalping-fake.mjs';
import { BUDGET_KEY } from '../../src/crosscheck/store';
import { launch, noticeTexts, setWatchlist, text, waitFor, watchlistOf, type BrowserKind, type Handle } from './support/vigil';

// Functions run in an extension page (serialised there): each finds the browser's API itself.
type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { local: { remove(k: string): Promise<void> } } };

/** What the fake's probes play, and the sentence each verdict must say. */
const CASES = [
  { verdict: 'everyone', play: { otherwise: 'http503' }, sentence: /^Down for everyone: unreachable from 13 of 13 networks in \d+ countries$/ },
  { verdict: 'you', play: { otherwise: 'ok' }, sentence: /^Reachable from 13 of 13 networks elsewhere: the problem is between you and the site$/ },
  { verdict: 'geoblock', play: { byCountry: { DE: 'ok' }, otherwise: 'timeout' }, sentence: /^Reachable only from Germany/ },
  { verdict: 'shielded', play: { otherwise: 'challenge' }, sentence: /protection/i },
  { verdict: 'partial', play: { byCountry: { DE: 'ok', FR: 'ok', US: 'ok' }, otherwise: 'http503' }, sentence: /\d+ of 13/ },
  { verdict: 'unavailable', play: { create: 'rate_limited' }, sentence: /limit/i },
] as const;

describe.each<BrowserKind>(['chromium', 'firefox'])('each cross-check verdict through a real outage, in %s', (kind) => {
  let server: Awaited<ReturnType<typeof startFaultServer>>;
  let fake: GlobalpingFake;
  let handle: Handle;
  beforeAll(async () => {
    server = await startFaultServer();
    fake = await startGlobalpingFake({ port: GLOBALPING_FAKE_PORT });
    handle = await launch(kind);
    // Opted in, as the Options switch does (through the same command).
    const answer = await handle.evalInExtension(
      (prefs: object) => (((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api).runtime.sendMessage({ type: 'setNotificationPrefs', prefs }),
      { enabled: true, recoveries: true, crossCheck: true },
    );
    expect(answer).toEqual({ ok: true });
  });
  afterAll(async () => {
    await handle?.close();
    await fake?.close();
    await server?.close();
  });
  beforeEach(async () => {
    fake.reset();
    // Each case starts within the hourly allowance: Vigil's own budget record is cleared.
    await handle.evalInExtension((key: string) => (((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api).storage.local.remove(key), BUDGET_KEY);
  });

  it.each(CASES)('$verdict: in the detail, the outage notice and the notification', async ({ verdict, play, sentence }) => {
    fake.play(play as never);
    const failing = server.url(`/status/503?verdict=${verdict}`);
    await setWatchlist(handle, watchlistOf([{ url: failing, name: `Outage ${verdict}` }], [server.url('/ok/canary')], { attempts: 0, delaySeconds: 1 }));

    const detail = await handle.openPage(`popup/index.html#site=${encodeURIComponent(failing)}`);
    await waitFor(async () => (await text(detail, `.crosscheck [data-crosscheck-verdict="${verdict}"]`)).length > 0, { timeout: 45_000, message: `the ${verdict} verdict in the detail` });
    const inDetail = (await text(detail, '.crosscheck [data-crosscheck-verdict]')).trim();
    expect(inDetail).toMatch(sentence);
    await detail.close();

    const popup = await handle.openPage('popup/index.html');
    await waitFor(async () => (await text(popup, `[data-incident-open="true"] [data-crosscheck-verdict="${verdict}"]`)).length > 0, { message: `the ${verdict} verdict in the outage notice` });
    expect((await text(popup, '[data-incident-open="true"] [data-crosscheck-verdict]')).trim()).toBe(inDetail);
    await popup.close();

    await waitFor(async () => (await noticeTexts(handle)).some((n) => n.siteUrl === failing && n.message.split('\n')[1] === inDetail), { timeout: 35_000, message: `the ${verdict} verdict in the notification` });
  });
});
