// Launch real Chromium / Firefox ESR with an unpacked extension loaded, and give tests and scripts
// one handle shape for both. Plain ESM + JSDoc so vitest, `npm start` and `npm run bench` share it.
// Measured here (Chromium 156 / Firefox ESR 153, headless): Chromium launch ≈0.5 s, Firefox ≈2.5 s.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM_PATH = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.VIGIL_FIREFOX ?? '/usr/bin/firefox-esr';

/**
 * Poll `fn` until it returns a truthy value, and return that value. Errors thrown by `fn` count as
 * "not yet" (pages are often mid-navigation) and are quoted if time runs out.
 * @template T
 * @param {() => T | Promise<T>} fn
 * @param {{timeout?: number, interval?: number, message?: string}} [options]
 * @returns {Promise<NonNullable<T>>}
 */
export async function waitFor(fn, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  /** @type {unknown} */
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return /** @type {NonNullable<T>} */ (v);
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() >= end) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Timed out after ${timeout} ms waiting for ${message} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** @param {string} exe @param {string} pkg */
function requireBinary(exe, pkg) {
  try {
    fs.accessSync(exe, fs.constants.X_OK);
  } catch {
    // Never skip: a green run without browsers would prove nothing.
    throw new Error(`${exe} is missing: install it with \`apt-get install -y ${pkg}\``);
  }
}

/** @param {string} extDir */
function requireManifest(extDir) {
  const file = path.join(extDir, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} not found: build the extension first`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * @typedef {object} ChromiumHandle
 * @property {'chromium'} kind
 * @property {string} extensionId
 * @property {string} baseUrl                 chrome-extension://ID/
 * @property {string} userDataDir
 * @property {import('playwright-core').BrowserContext} context
 * @property {(options?: {timeout?: number}) => Promise<import('playwright-core').Worker>} worker
 *   the running service worker; waits (does not wake it) if it is stopped
 * @property {() => Promise<boolean>} isWorkerRunning
 * @property {() => Promise<void>} startWorker  wake the worker as an extension event would
 * @property {() => Promise<void>} stopWorker   stop it like the 30 s idle timeout does
 * @property {(path: string) => Promise<import('playwright-core').Page>} openPage
 * @property {<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>} evalInExtension
 * @property {(page: import('playwright-core').Page, selector: string, file: string) => Promise<void>} uploadFile
 * @property {(page: import('playwright-core').Page, trigger: () => Promise<unknown>) => Promise<{filename: string, path: string}>} download
 * @property {() => Promise<void>} close
 */

/**
 * @param {string} extDir  unpacked extension (the e2e build)
 * @param {{headless?: boolean, userDataDir?: string, args?: string[], timeout?: number}} [options]
 *   pass userDataDir to keep the profile (and IndexedDB) across a restart; you then delete it
 * @returns {Promise<ChromiumHandle>}
 */
export async function launchChromium(extDir, { headless = true, userDataDir, args = [], timeout = 30_000 } = {}) {
  requireBinary(CHROMIUM_PATH, 'chromium');
  extDir = path.resolve(extDir);
  requireManifest(extDir);
  const ownsProfile = !userDataDir;
  const profile = userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-chromium-'));
  const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-downloads-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    acceptDownloads: true,
    // Playwright adds --disable-extensions by default, which would win over --load-extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Probes must see plain TCP to 127.0.0.1; no surprise HTTP/3 attempts.
      '--disable-quic',
      ...args,
    ],
    timeout,
  });
  try {
    const isOurs = (/** @type {import('playwright-core').Worker} */ w) => w.url().startsWith('chrome-extension://');
    /** @type {import('playwright-core').Worker} */
    let sw = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout }));
    const extensionId = new URL(sw.url()).host;
    const baseUrl = `chrome-extension://${extensionId}/`;
    // A restarted worker usually reuses its target (the old Worker handle keeps working); follow a
    // new one if Chromium makes one anyway.
    context.on('serviceworker', (w) => {
      if (w.url().startsWith(baseUrl)) sw = w;
    });

    const browserCdp = await /** @type {import('playwright-core').Browser} */ (context.browser()).newBrowserCDPSession();
    const isWorkerRunning = async () => {
      const { targetInfos } = await browserCdp.send('Target.getTargets');
      return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(baseUrl));
    };

    /** @type {import('playwright-core').Page | undefined} */
    let helper;
    /** @type {import('playwright-core').CDPSession | undefined} */
    let helperCdp;
    // Extension APIs need an extension-origin document. manifest.json always exists and, unlike
    // the popup, runs none of the extension's own code.
    const helperPage = async () => {
      if (!helper || helper.isClosed()) {
        helper = await context.newPage();
        await helper.goto(baseUrl + 'manifest.json');
        helperCdp = await context.newCDPSession(helper);
        await helperCdp.send('ServiceWorker.enable'); // stop/start answer "domain not enabled" without it
      }
      return { page: helper, cdp: /** @type {import('playwright-core').CDPSession} */ (helperCdp) };
    };

    return {
      kind: 'chromium',
      extensionId,
      baseUrl,
      userDataDir: profile,
      context,
      async worker({ timeout: t = 10_000 } = {}) {
        await waitFor(isWorkerRunning, { timeout: t, message: 'the service worker to run' });
        return sw;
      },
      isWorkerRunning,
      async startWorker() {
        const { cdp } = await helperPage();
        await cdp.send('ServiceWorker.startWorker', { scopeURL: baseUrl });
        await waitFor(isWorkerRunning, { message: 'the service worker to start' });
      },
      async stopWorker() {
        const { cdp } = await helperPage();
        await cdp.send('ServiceWorker.stopAllWorkers');
        // Playwright never emits Worker 'close' here (the target is reused on restart): ask CDP.
        await waitFor(async () => !(await isWorkerRunning()), { message: 'the service worker to stop' });
      },
      async openPage(p) {
        const page = await context.newPage();
        await page.goto(baseUrl + p.replace(/^\//, ''));
        return page;
      },
      async evalInExtension(fn, arg) {
        const { page } = await helperPage();
        return /** @type {any} */ (page.evaluate(/** @type {any} */ (fn), arg));
      },
      async uploadFile(page, selector, file) {
        await page.setInputFiles(selector, file);
      },
      async download(page, trigger) {
        const [dl] = await Promise.all([page.waitForEvent('download', { timeout }), trigger()]);
        const dest = path.join(downloadDir, dl.suggestedFilename());
        await dl.saveAs(dest);
        return { filename: dl.suggestedFilename(), path: dest };
      },
      async close() {
        await context.close();
        fs.rmSync(downloadDir, { recursive: true, force: true });
        if (ownsProfile) fs.rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context.close();
    if (ownsProfile) fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}

/**
 * @typedef {object} FirefoxHandle
 * @property {'firefox'} kind
 * @property {string} extensionId             the gecko id
 * @property {string} baseUrl                 moz-extension://UUID/
 * @property {string} downloadDir
 * @property {import('puppeteer-core').Browser} browser
 * @property {() => Promise<boolean>} isWorkerRunning   background event page state
 * @property {() => Promise<void>} startWorker
 * @property {() => Promise<void>} stopWorker  terminate the event page as the idle timeout does
 * @property {(path: string) => Promise<import('puppeteer-core').Page>} openPage
 * @property {<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>} evalInExtension
 * @property {(page: import('puppeteer-core').Page, selector: string, file: string) => Promise<void>} uploadFile
 * @property {(page: import('puppeteer-core').Page, trigger: () => Promise<unknown>) => Promise<{filename: string, path: string}>} download
 * @property {() => Promise<void>} close
 */

/**
 * @param {string} extDir  unpacked extension; its manifest must carry browser_specific_settings.gecko.id
 * @param {{headless?: boolean, downloadDir?: string, prefs?: Record<string, unknown>, timeout?: number}} [options]
 *   prefs: extra about:config values, e.g. {'extensions.background.idle.timeout': 2000}
 * @returns {Promise<FirefoxHandle>}
 */
export async function launchFirefox(extDir, { headless = true, downloadDir, prefs = {}, timeout = 30_000 } = {}) {
  requireBinary(FIREFOX_PATH, 'firefox-esr');
  extDir = path.resolve(extDir);
  const geckoId = requireManifest(extDir).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  const ownsDownloads = !downloadDir;
  const downloads = downloadDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    timeout,
    // Lets BiDi evaluate in the parent process: needed to stop/start the background page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A fixed UUID makes moz-extension://UUID/ known before install.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Without a notification daemon the system backend "closes" every notification at once
      // (onClosed byUser=true, getAll() empty); the built-in alert window keeps them listed.
      'alerts.useSystemBackend': false,
      'alerts.totalOpenTime': 3_600_000,
      // Downloads go straight to `downloads`, no dialog, no .part in a temp dir.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.manager.showWhenStarting': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,application/octet-stream,text/csv,text/plain',
      // Show manifest.json (our helper page) as plain text, not in the devtools JSON viewer.
      'devtools.jsonview.enabled': false,
      ...prefs,
    },
  });
  try {
    await browser.installExtension(extDir);
    const baseUrl = `moz-extension://${uuid}/`;

    /** @param {string} url */
    const openPage = async (url) => {
      const page = await browser.newPage();
      // Puppeteer never sees a moz-extension navigation finish (page.url() stays about:blank and
      // the promise only rejects when the page closes), so do not await it: poll the document.
      page.goto(url).catch(() => {});
      await waitFor(
        () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'),
        { timeout, message: `${url} to load` },
      );
      return page;
    };

    /** @type {Promise<import('puppeteer-core').Page> | undefined} */
    let helper;
    /** @param {string} body  parent-process JS with `ext` bound to our Extension object */
    const chromeEval = async (body) => {
      const conn = /** @type {any} */ (browser).connection;
      const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const context = tree.result.contexts[0].context;
      const expression = `(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(geckoId)});
        ${body}
      })()`;
      const r = await conn.send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
      if (r.result.type === 'exception') throw new Error(`chrome eval failed: ${r.result.exceptionDetails.text}`);
      return r.result.result?.value;
    };
    const isWorkerRunning = async () => (await chromeEval('return String(ext.backgroundState)')) === 'running';

    return {
      kind: 'firefox',
      extensionId: geckoId,
      baseUrl,
      downloadDir: downloads,
      browser,
      isWorkerRunning,
      async startWorker() {
        await chromeEval('await ext.wakeupBackground()');
        await waitFor(isWorkerRunning, { message: 'the background page to start' });
      },
      async stopWorker() {
        // The test-only hook Firefox's own idle timeout uses; ignore devtools keeping it alive.
        await chromeEval('await ext.terminateBackground({ ignoreDevToolsAttached: true })');
        await waitFor(async () => !(await isWorkerRunning()), { message: 'the background page to stop' });
      },
      openPage: (p) => openPage(baseUrl + p.replace(/^\//, '')),
      async evalInExtension(fn, arg) {
        helper ??= openPage(baseUrl + 'manifest.json');
        return /** @type {any} */ ((await helper).evaluate(/** @type {any} */ (fn), arg));
      },
      async uploadFile(page, selector, file) {
        const input = await page.$(selector);
        if (!input) throw new Error(`no ${selector} on the page`);
        await /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (input).uploadFile(file);
      },
      async download(page, trigger) {
        const before = new Set(fs.readdirSync(downloads));
        await trigger();
        // No download event over BiDi here: watch the folder until a new, finished file appears.
        const filename = await waitFor(
          // Firefox creates the final name empty before its .part file exists: wait for content too.
          () => fs.readdirSync(downloads).find((f) => !before.has(f) && !f.endsWith('.part') && !fs.existsSync(path.join(downloads, f + '.part')) && fs.statSync(path.join(downloads, f)).size > 0),
          { timeout, message: `a download in ${downloads}` },
        );
        return { filename, path: path.join(downloads, filename) };
      },
      async close() {
        await browser.close(); // puppeteer deletes its own temp profile
        if (ownsDownloads) fs.rmSync(downloads, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
