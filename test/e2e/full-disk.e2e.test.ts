/**
 * A full disk, for real: the Chromium profile lives on a small tmpfs that the test fills to the last
 * byte. Vigil must keep the round's results (in memory, shown in the popup), deliver its
 * notification, say that storage is full and what it dropped, and store everything by itself once
 * space is free, without a restart. Mounting needs root, as this machine and CI run.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultServer } from '../fixtures/fault-server.mjs';
import { launchChromium } from '../../scripts/lib/browsers.mjs';
import { readDb } from '../../scripts/lib/extension-db.mjs';
import { byUrl, clickButton, EXT_DIR, noticeTexts, notificationIds, setWatchlist, text, waitFor, waitForRows, watchlistOf } from './support/vigil';

describe('a full disk (Chromium, profile on a 64 MB tmpfs)', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'vigil-small-disk-'));
  const filler = join(mountPoint, 'filler');
  let server: Awaited<ReturnType<typeof startFaultServer>>;
  let handle: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', mountPoint]);
    server = await startFaultServer();
    handle = await launchChromium(EXT_DIR.chromium, { userDataDir: join(mountPoint, 'profile') });
  });
  afterAll(async () => {
    await handle?.close();
    await server?.close();
    try {
      execFileSync('umount', [mountPoint]);
    } finally {
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });

  /** Writes zeros until the filesystem refuses: the disk is full to the last byte. */
  function fillDisk(): void {
    const fd = openSync(filler, 'w');
    const block = Buffer.alloc(256 * 1024);
    try {
      for (;;) writeSync(fd, block);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      // The last partial block: byte by byte is too slow, halves are enough.
      for (let size = block.length / 2; size >= 1; size = Math.floor(size / 2)) {
        try {
          for (;;) writeSync(fd, block.subarray(0, size));
        } catch {
          // next smaller size
        }
      }
    } finally {
      closeSync(fd);
    }
  }

  it('keeps the round, notifies, says storage is full, and recovers by itself once space is free', async () => {
    const sites = [
      { url: server.url('/ok/disk-a'), name: 'Disk A' },
      { url: server.url('/ok/disk-b'), name: 'Disk B' },
    ];
    await setWatchlist(handle, watchlistOf(sites, [server.url('/ok/canary')], { attempts: 0, delaySeconds: 1 }));
    const page = await handle.openPage('popup/index.html');
    await waitForRows(page, (r) => r.length === 2 && r.every((x) => x.status === 'up'), 'both sites up before the disk fills');
    const checksBefore = (await readDb(handle, { store: 'checks' })).length;

    fillDisk();
    server.setRoute('/ok/disk-b', { status: 503, body: 'down for maintenance' });
    await clickButton(page, 'Check now');
    // The result is kept (in memory) and shown; the outage is notified; the popup says why.
    await waitForRows(page, (r) => byUrl(r, sites[1]!.url)?.status === 'down', 'Disk B down while the disk is full', 60_000);
    await waitFor(async () => (await text(page, '[data-storage-full]')).length > 0, { message: 'the storage-full alert', timeout: 30_000 });
    expect(await text(page, '[data-storage-full]')).toMatch(/^The disk is full: Vigil keeps \d+ results? in memory/);
    await waitFor(async () => (await notificationIds(handle)).length === 1, { message: 'the outage notification', timeout: 30_000 });

    // Space again: the next round stores what waited, and the alert goes, with no restart.
    rmSync(filler);
    server.setRoute('/ok/disk-b', null);
    await clickButton(page, 'Check now');
    await waitForRows(page, (r) => r.every((x) => x.status === 'up'), 'recovery after space was freed', 60_000);
    await waitFor(async () => (await text(page, '[data-storage-full]')) === '', { message: 'the alert to go', timeout: 30_000 });
    const incidents: Array<{ siteUrl: string; end?: number }> = await readDb(handle, { store: 'incidents' });
    expect(incidents.filter((i) => i.siteUrl === sites[1]!.url)).toEqual([expect.objectContaining({ end: expect.any(Number) })]);
    // Exactly one "down" notice, delivered, for the outage decided on the full disk.
    expect((await noticeTexts(handle)).filter((n) => n.kind === 'down')).toEqual([expect.objectContaining({ delivered: true, title: 'Disk B is down' })]);
    expect((await readDb(handle, { store: 'checks' })).length).toBeGreaterThanOrEqual(checksBefore);
  });
});
