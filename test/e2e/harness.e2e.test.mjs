// Proves the e2e harness's browsers: both real browsers load an MV3 extension whose background can
// fetch, set the badge and notify, all observable from the test. A throwaway extension is used so
// this says nothing about Vigil's own code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFaultServer } from '../fixtures/fault-server.mjs';
import { launchChromium, launchFirefox, waitFor } from '../../scripts/lib/browsers.mjs';

/** @type {Awaited<ReturnType<typeof startFaultServer>>} */
let server;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server?.close());

// 1×1 transparent PNG: Chromium refuses a basic notification without an icon.
const ICON = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const BACKGROUND = `
const api = globalThis.browser ?? globalThis.chrome;
const startedAt = Date.now() + Math.random();
api.action.setBadgeText({ text: 'ON' });
api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  (async () => {
    switch (msg.cmd) {
      case 'fetch': {
        const r = await fetch(msg.url, { credentials: msg.credentials });
        return { status: r.status, text: await r.text() };
      }
      case 'badge': return api.action.setBadgeText({ text: msg.text }).then(() => true);
      case 'notify':
        return api.notifications.create(msg.id, { type: 'basic', iconUrl: 'icon.png', title: 'Harness', message: 'hello' });
      case 'startedAt': return startedAt;
    }
  })().then(sendResponse, (e) => sendResponse({ error: String(e) }));
  return true; // answer asynchronously (Chromium); Firefox also accepts it
});
`;

/** @param {string} dir */
function writeExtension(dir) {
  const manifest = {
    manifest_version: 3,
    name: 'Vigil harness probe',
    version: '0.0.1',
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    action: { default_popup: 'popup.html' },
    permissions: ['alarms', 'notifications', 'storage'],
    host_permissions: ['http://127.0.0.1/*'],
    browser_specific_settings: {
      gecko: { id: 'harness@vigil.test', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'background.js'), BACKGROUND);
  fs.writeFileSync(path.join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><title>popup</title><input type="file" id="file">');
  fs.writeFileSync(path.join(dir, 'icon.png'), Buffer.from(ICON, 'base64'));
}

/** Runs in an extension page: send one command to the background. */
const send = (/** @type {any} */ msg) => (/** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome).runtime.sendMessage(msg);

const launchers = { chromium: launchChromium, firefox: launchFirefox };

describe.each(/** @type {const} */ (['chromium', 'firefox']))('%s harness', (kind) => {
  /** @type {import('../../scripts/lib/browsers.mjs').ChromiumHandle | import('../../scripts/lib/browsers.mjs').FirefoxHandle} */
  let h;
  let extDir = '';
  beforeAll(async () => {
    extDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-harness-ext-'));
    writeExtension(extDir);
    const t = Date.now();
    h = await launchers[kind](extDir);
    console.log(`${kind}: launched with the extension in ${Date.now() - t} ms`);
  });
  afterAll(async () => {
    await h?.close();
    fs.rmSync(extDir, { recursive: true, force: true });
  });

  it('loads the extension at its base URL', async () => {
    expect(h.baseUrl).toMatch(kind === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}\/$/ : /^moz-extension:\/\/[0-9a-f-]{36}\/$/);
    const name = await h.evalInExtension(() => (/** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome).runtime.getManifest().name);
    expect(name).toBe('Vigil harness probe');
  });

  it('fetches from the background without cookies when credentials are omitted', async () => {
    // Give 127.0.0.1 a cookie first, as a user who visited the site would have.
    const page = kind === 'chromium' ? await /** @type {any} */ (h).context.newPage() : await /** @type {any} */ (h).browser.newPage();
    await page.goto(server.url('/set-cookie'));
    await page.close();

    const included = await h.evalInExtension(send, { cmd: 'fetch', url: server.url('/ok/cookies'), credentials: 'include' });
    expect(included.status).toBe(200);
    expect(server.lastHeaders('/ok/cookies')?.cookie).toContain('vigil_session=secret'); // the control

    const omitted = await h.evalInExtension(send, { cmd: 'fetch', url: server.url('/ok/cookies'), credentials: 'omit' });
    expect(omitted).toMatchObject({ status: 200 });
    expect(omitted.text).toContain('Parliament');
    expect(server.lastHeaders('/ok/cookies')?.cookie).toBeUndefined();
  });

  it('reads the badge text the background set', async () => {
    const badge = () => h.evalInExtension(() => (/** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome).action.getBadgeText({}));
    await waitFor(async () => (await badge()) === 'ON', { message: 'the startup badge' });
    await h.evalInExtension(send, { cmd: 'badge', text: '3' });
    expect(await badge()).toBe('3');
  });

  it('sees a notification the background created', async () => {
    expect(await h.evalInExtension(send, { cmd: 'notify', id: 'site-down' })).toBe('site-down');
    const all = await h.evalInExtension(() => (/** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome).notifications.getAll());
    expect(Object.keys(all)).toContain('site-down');
  });

  it('uploads a file into an extension page and downloads a blob from it', async () => {
    const page = /** @type {any} */ (await h.openPage('popup.html'));
    const file = path.join(extDir, 'import.json');
    fs.writeFileSync(file, '{"sites":[]}');
    await h.uploadFile(page, '#file', file);
    expect(await page.evaluate(() => /** @type {HTMLInputElement} */ (document.getElementById('file')).files?.[0]?.text())).toBe('{"sites":[]}');

    const dl = await h.download(page, () =>
      page.evaluate(() => {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob(['{"export":1}'], { type: 'application/json' }));
        a.download = 'vigil-export.json';
        document.body.append(a);
        a.click();
      }),
    );
    expect(dl.filename).toBe('vigil-export.json');
    expect(fs.readFileSync(dl.path, 'utf8')).toBe('{"export":1}');
    await page.close();
  });

  it('stops the background and a message wakes a fresh one', async () => {
    const before = await h.evalInExtension(send, { cmd: 'startedAt' });
    await h.stopWorker();
    expect(await h.isWorkerRunning()).toBe(false);
    const after = await h.evalInExtension(send, { cmd: 'startedAt' });
    expect(after).not.toBe(before);
    expect(await h.isWorkerRunning()).toBe(true);
    await h.stopWorker();
    await h.startWorker();
    expect(await h.evalInExtension(send, { cmd: 'startedAt' })).not.toBe(after);
  });
});
