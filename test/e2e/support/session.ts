/**
 * One browser per feature file and kind, shared by that file's tests, each of which sets up its own
 * state: a clean slate before every test (no notifications shown, notification preferences at their
 * defaults, the fault server's routes and hit counts reset) and its pages closed after it. Each test
 * then sets its own watchlist, so it passes alone (`-t`) as well as after any other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { startFaultServer, startRefusedPort } from '../../fixtures/fault-server.mjs';
import { PREFS_KEY } from '../../../src/settings/preferences';
import { clearNotifications, launch, type AnyPage, type BrowserKind, type Handle } from './vigil';

export type FaultServer = Awaited<ReturnType<typeof startFaultServer>>;

/** Runs `body` in a describe block named after each browser kind. */
export function forBrowsers(kinds: readonly BrowserKind[], body: (kind: BrowserKind) => void): void {
  for (const kind of kinds) describe(kind, () => body(kind));
}

export interface Vigil {
  readonly handle: Handle;
  readonly server: FaultServer;
  /** A local port nothing listens on: connections to it are refused. */
  readonly refusedPort: number;
  /** A folder for files the test writes (watchlists to import); removed with the browser. */
  readonly files: string;
  url(path: string): string;
  /** The fault server's canary: the connection works. */
  canaries(): string[];
  open(path: string): Promise<AnyPage>;
  popup(): Promise<AnyPage>;
  options(): Promise<AnyPage>;
}

/**
 * Launches `kind` with the e2e build (no internet: see no-internet.ts) for the enclosing describe
 * block. In Chromium, Vigil's own pages and worker must log no error; the browser's own line for
 * each failed probe is expected.
 */
export function useVigil(kind: BrowserKind): Vigil {
  let handle: Handle | undefined;
  let server: FaultServer | undefined;
  let refusedPort = 0;
  let files = '';
  const consoleErrors: string[] = [];
  const pages: AnyPage[] = [];
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a test`);
    return value;
  };

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'vigil-files-'));
    server = await startFaultServer();
    refusedPort = await startRefusedPort();
    handle = await launch(kind, refusedPort);
    if (handle.kind === 'chromium') {
      handle.context.on('console', (m) => {
        if (m.type() === 'error' && !/Failed to load resource|net::ERR_/.test(m.text())) consoleErrors.push(m.text());
      });
      handle.context.on('weberror', (e) => consoleErrors.push(String(e.error())));
    }
  });
  beforeEach(async () => {
    const h = ready(handle, 'the browser');
    ready(server, 'the fault server').resetRoutes();
    server?.resetHits();
    await clearNotifications(h);
    await h.evalInExtension(async (key: string) => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { storage: { local: { remove(k: string): Promise<void> } } };
      await api.storage.local.remove(key);
    }, PREFS_KEY);
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    await handle?.close();
    await server?.close();
    if (files) rmSync(files, { recursive: true, force: true });
    expect(consoleErrors).toEqual([]);
  });

  const open = async (path: string) => {
    const page = await ready(handle, 'the browser').openPage(path);
    pages.push(page);
    return page;
  };
  const url = (path: string) => ready(server, 'the fault server').url(path);
  return {
    get handle() {
      return ready(handle, 'the browser');
    },
    get server() {
      return ready(server, 'the fault server');
    },
    get refusedPort() {
      return refusedPort;
    },
    get files() {
      return files;
    },
    url,
    canaries: () => [url('/ok/canary')],
    open,
    popup: () => open('popup/index.html'),
    options: () => open('options/index.html'),
  };
}
