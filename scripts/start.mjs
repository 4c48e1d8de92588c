// npm start                 → build, then Chromium with Vigil and its default watchlist, fresh profile.
// npm start -- --firefox    → the same in Firefox ESR.
// With a display: a browser window with the popup and the options page in tabs, until you close it
// or press Ctrl-C. Without one (a server, CI): headless; waits for the first round of checks, prints
// what the popup shows, the badge, saves artifacts/popup-<browser>.png and exits (non-zero if the
// round does not finish within ROUND_CAP_MS).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, launchFirefox, waitFor } from './lib/browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kind = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
const extDir = path.join(root, kind === 'firefox' ? 'dist/firefox' : 'dist/chrome');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = !hasDisplay;
const ROUND_CAP_MS = 90_000;
const POPUP_WIDTH = 400;
const started = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** @param {string} message */
function fail(message, code = 1) {
  console.error(`npm start: ${message}`);
  process.exit(code);
}

function build() {
  const t = Date.now();
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail(`the build failed (exit ${r.status ?? r.signal})`);
  return Date.now() - t;
}

/**
 * The profile is temporary: delete it however we leave, including Ctrl-C, where Playwright and
 * Puppeteer kill the browser and call process.exit themselves before any async cleanup could run.
 * @param {(string | undefined)[]} dirs
 */
function removeOnExit(dirs) {
  process.on('exit', () => {
    for (const dir of dirs) if (dir) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  });
}

/** Puppeteer keeps Firefox's temporary profile to itself; it is on the command line. */
function firefoxProfile(/** @type {import('puppeteer-core').Browser} */ browser) {
  const args = browser.process()?.spawnargs ?? [];
  const i = args.indexOf('--profile');
  return i >= 0 ? args[i + 1] : undefined;
}

/** What the popup shows, read from the page as a person would see it. */
function readPopup(page) {
  return page.evaluate(() => {
    const list = document.querySelector('ul.sites');
    const text = (el, sel) => el.querySelector(sel)?.textContent?.trim() ?? '';
    return {
      summary: document.querySelector('[role="status"]')?.textContent?.trim() ?? '',
      busy: list?.getAttribute('aria-busy') ?? null,
      footer: document.querySelector('footer span')?.textContent?.trim() ?? '',
      rows: [...document.querySelectorAll('[data-site-url]')].map((el) => ({
        url: el.getAttribute('data-site-url') ?? '',
        status: el.getAttribute('data-status') ?? '',
        cause: el.getAttribute('data-cause') ?? '',
        name: text(el, '.name'),
        reason: text(el, '.reason'),
        latency: text(el, '.latency'),
        checked: el.querySelector('time')?.textContent?.trim() ?? text(el, '.figures'),
      })),
    };
  });
}

const roundDone = (view) => view.busy === 'false' && view.rows.length > 0 && view.rows.every((r) => r.status !== 'unknown');

function table(view) {
  const head = ['status', 'cause', 'name', 'reason', 'latency', 'checked'];
  const lines = view.rows.map((r) => [r.status, r.cause || '-', r.name, r.reason, r.latency || '-', r.checked]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

/** Size the page as the browser sizes a popup: 400 px wide, as tall as its content. */
async function screenshot(handle, page, file) {
  const setSize = (width, height) =>
    handle.kind === 'chromium' ? page.setViewportSize({ width, height }) : page.setViewport({ width, height });
  await page.bringToFront(); // Firefox does not lay out background tabs
  await setSize(POPUP_WIDTH, 600);
  const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await setSize(POPUP_WIDTH, Math.max(100, height));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

function badge(handle) {
  return handle.evalInExtension(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return { text: await api.action.getBadgeText({}), title: await api.action.getTitle({}) };
  });
}

async function runHeadful(handle, profile) {
  // The browser starts with an empty tab; ours replace it.
  const blank = (handle.kind === 'chromium' ? handle.context.pages() : await handle.browser.pages()).filter((p) => p.url() === 'about:blank');
  const popup = await handle.openPage('popup/index.html');
  await handle.openPage('options/index.html');
  for (const page of blank) await page.close().catch(() => {});
  await popup.bringToFront();
  console.log(`
Vigil is running in ${kind === 'firefox' ? 'Firefox ESR' : 'Chromium'} (${secs(Date.now() - started)} after start).
  extension   ${extDir}
  id          ${handle.extensionId}
  popup       ${handle.baseUrl}popup/index.html
  options     ${handle.baseUrl}options/index.html
  profile     ${profile ?? '(temporary)'} — deleted when you quit
The toolbar button opens the real popup (pin it from the extensions menu).
Close the browser or press Ctrl-C to quit.`);
  await new Promise((resolve) => {
    if (handle.kind === 'chromium') handle.context.on('close', resolve);
    else handle.browser.on('disconnected', resolve);
  });
  await handle.close().catch(() => {});
  console.log('browser closed');
}

async function runHeadless(handle) {
  const page = await handle.openPage('popup/index.html');
  const launched = Date.now();
  /** @type {Awaited<ReturnType<typeof readPopup>> | undefined} */
  let view;
  let finished = true;
  try {
    await waitFor(async () => roundDone((view = await readPopup(page))), {
      timeout: ROUND_CAP_MS,
      interval: 200,
      message: 'the first round',
    });
  } catch {
    finished = false;
  }
  const roundMs = Date.now() - launched;
  view = await readPopup(page).catch(() => view);
  if (!view) throw new Error('could not read the popup');
  const file = path.join(root, 'artifacts', `popup-${kind}.png`);
  await screenshot(handle, page, file);
  const { text, title } = await badge(handle);

  console.log('');
  console.log(view.summary);
  console.log('');
  console.log(table(view));
  console.log('');
  console.log(`footer      ${view.footer}`);
  console.log(`badge       ${text ? JSON.stringify(text) : '(none)'}`);
  console.log(`tooltip     ${title}`);
  console.log(`screenshot  ${path.relative(root, file)} (${POPUP_WIDTH} px wide)`);
  return { finished, roundMs };
}

async function main() {
  const buildMs = build();
  const t = Date.now();
  const handle =
    kind === 'firefox'
      ? await launchFirefox(extDir, { headless })
      : await launchChromium(extDir, { headless });
  const launchMs = Date.now() - t;
  const profile = handle.kind === 'chromium' ? handle.userDataDir : firefoxProfile(handle.browser);
  removeOnExit([profile, handle.kind === 'firefox' ? handle.downloadDir : undefined]);
  process.once('SIGTERM', () => void handle.close().finally(() => process.exit(143)));

  if (!headless) return runHeadful(handle, profile);

  console.log(`no display: ${kind} runs headless; waiting for the first round (at most ${secs(ROUND_CAP_MS)})`);
  let result;
  try {
    result = await runHeadless(handle);
  } finally {
    await handle.close().catch(() => {});
  }
  const timing = `build ${secs(buildMs)}, launch ${secs(launchMs)}, first round ${secs(result.roundMs)}, total ${secs(Date.now() - started)}`;
  if (!result.finished) {
    fail(`the first round did not finish within ${secs(ROUND_CAP_MS)} (rows still "unknown" or the list still busy; above is what the popup showed) — ${timing}`);
  }
  console.log(`\n${timing}`);
}

main().then(
  () => process.exit(0),
  (e) => fail(e instanceof Error ? e.message : String(e)),
);
