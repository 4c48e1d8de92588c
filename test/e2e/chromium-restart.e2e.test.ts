/**
 * History lives in IndexedDB, not in memory: a round's results are still in the popup after the
 * whole browser is closed and started again on the same profile. (Chromium only: Firefox drops a
 * temporarily installed extension, and its data, when it closes.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browsers.mjs';
import { startFaultServer } from '../fixtures/fault-server.mjs';
import { noInternetChromiumArgs } from './support/no-internet';
import { byUrl, EXT_DIR, setWatchlist, waitForRows, watchlistOf } from './support/vigil';

const profile = mkdtempSync(join(tmpdir(), 'vigil-restart-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

it('results survive a browser restart with the same profile', async () => {
  const server = await startFaultServer();
  try {
    const sites = [{ url: server.url('/ok/persist'), name: 'Persistent' }, { url: server.url('/status/502'), name: 'Broken' }];
    let handle = await launchChromium(EXT_DIR.chromium, { userDataDir: profile, args: noInternetChromiumArgs() });
    await setWatchlist(handle, watchlistOf(sites, [server.url('/ok/canary')], { attempts: 0, delaySeconds: 1 }));
    let page = await handle.openPage('popup/index.html');
    const before = await waitForRows(page, (r) => r.length === 2 && r.every((x) => x.status !== 'unknown'), 'the first round');
    await handle.close();

    // The server is gone too: whatever the popup shows now comes from storage.
    server.setRoute('/ok/persist', 'hang');
    handle = await launchChromium(EXT_DIR.chromium, { userDataDir: profile, args: noInternetChromiumArgs() });
    page = await handle.openPage('popup/index.html');
    const after = await waitForRows(page, (r) => r.length === 2, 'the popup after the restart');
    expect(byUrl(after, sites[0]!.url)).toMatchObject({ status: 'up', reason: byUrl(before, sites[0]!.url)!.reason });
    expect(byUrl(after, sites[1]!.url)).toMatchObject({ status: 'down', cause: 'http', reason: "Down — the site's server sent an invalid answer (HTTP 502)" });
    await handle.close();
  } finally {
    await server.close();
  }
});
