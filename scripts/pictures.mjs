// npm run pictures → docs/pictures/*.png, the pictures the README shows: the popup (light, dark,
// French), one site's detail, the options page, the welcome page, and a 100-site popup with its
// problems first, rendered in headless Chromium from the built extension against the local fixture
// server. The five sites cover what Vigil says: one healthy, one slow, one shielded, one down with
// its outage open, one that was down and came back. The hundred are the presets' own names and
// groups (each address played by the fixture server), six of them down and one shielded.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFaultServer } from '../test/fixtures/fault-server.mjs';
import { checkNow, setWatchlist, waitForRoundEnd, watchlistOf } from './bench/extension.mjs';
import { launchChromium, waitFor } from './lib/browsers.mjs';
import { readDb } from './lib/extension-db.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs/pictures');
const POPUP_WIDTH = 400;

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--e2e'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
fs.mkdirSync(out, { recursive: true });

const server = await startFaultServer();
const group = 'EU institutions';
const sites = [
  { url: server.url('/ok/commission'), name: 'European Commission', group },
  { url: server.url('/status/503'), name: 'European Parliament', group },
  { url: server.url('/slow?ms=700'), name: 'EUR-Lex', group, slowMs: 400 },
  { url: server.url('/challenge/cloudflare'), name: 'Court of Justice of the EU', group },
  { url: server.url('/ok/ecb'), name: 'European Central Bank', group },
];

/** One browser in one language; the profile's history is built the same way in each. */
async function session(language, shoot) {
  // --lang sets Chromium's interface language, and so the catalog browser.i18n reads.
  const handle = await launchChromium(path.join(root, 'dist/chrome-e2e'), { args: [`--lang=${language}`] });
  try {
    // The central bank was down for a round and came back: a closed outage in the notices.
    server.setRoute('/ok/ecb', { status: 502, body: 'Bad Gateway' });
    await setWatchlist(handle, watchlistOf(sites, { canaries: [server.url('/ok/canary')] }));
    // Waiting on the stored states, not on a round: the install round may still be finishing.
    const urls = sites.map((s) => s.url);
    await waitFor(
      async () => {
        const states = await readDb(handle, { store: 'states', urls });
        return states.length === urls.length && states.find((s) => s.siteUrl === sites[4].url)?.status === 'down';
      },
      { timeout: 60_000, message: 'every site to be checked, the central bank down' },
    );
    server.setRoute('/ok/ecb', null);
    let since;
    // Two more rounds a little apart, so that the uptime figures rest on more than a moment.
    for (const pause of [0, 12_000, 12_000]) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      since = Date.now();
      await checkNow(handle);
      await waitForRoundEnd(handle, since);
    }
    await shoot(handle);
  } finally {
    await handle.close();
  }
}

/** A popup-sized page: 400 px wide, as tall as its content, once the beads (or the detail's chart) are in. */
async function popupPicture(handle, file, { hash = '', dark = false } = {}) {
  const page = await handle.openPage(`popup/index.html${hash}`);
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  const chart = hash ? 'svg.latency-chart' : '.beads';
  await waitFor(() => page.evaluate((selector) => document.querySelectorAll(selector).length > 0, chart), { message: 'the charts to draw' });
  await page.evaluate(() => document.fonts.ready);
  // The detail view focuses its back button for keyboard users; the picture needs no focus ring.
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.setViewportSize({ width: POPUP_WIDTH, height: Math.min(600, Math.max(120, height)) });
  await page.screenshot({ path: path.join(out, file) });
  await page.close();
  console.log(`wrote docs/pictures/${file}`);
}

/** The presets' first hundred sites, as the build wrote them: [name, group] in catalog order. */
function presetSites(count) {
  const dir = path.join(root, 'dist/chrome-e2e/preset-sites');
  const country = new Intl.DisplayNames(['en'], { type: 'region' });
  const files = ['eu-institutions.json', ...fs.readdirSync(dir).filter((f) => f !== 'eu-institutions.json').sort()];
  const all = files.flatMap((file) => {
    const preset = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const group = preset.country === 'EU' ? 'EU institutions' : country.of(preset.country);
    return preset.sites.map(([, name]) => ({ name, group }));
  });
  return all.slice(0, count);
}

/** 100 sites, six down and one shielded: the first screen of the popup shows all seven. */
async function hundredSites() {
  const down = new Set([6, 23, 41, 58, 76, 93]);
  const many = presetSites(100).map((s, i) => ({
    ...s,
    url: server.url(down.has(i) ? `/status/503?site=${i}` : i === 30 ? `/challenge/cloudflare?site=${i}` : `/ok/site-${i}`),
  }));
  const handle = await launchChromium(path.join(root, 'dist/chrome-e2e'), { args: ['--lang=en'] });
  try {
    await setWatchlist(handle, watchlistOf(many, { canaries: [server.url('/ok/canary')] }));
    for (let round = 0; round < 2; round++) {
      const since = Date.now();
      await checkNow(handle);
      await waitForRoundEnd(handle, since);
    }
    const page = await handle.openPage('popup/index.html');
    await page.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await waitFor(() => page.evaluate(() => document.querySelector('main')?.dataset.history === 'drawn'), { message: 'the history to draw' });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(out, 'popup-100.png') });
    console.log('wrote docs/pictures/popup-100.png');
    const welcome = await handle.openPage('options/welcome.html');
    await welcome.setViewportSize({ width: 900, height: 800 });
    await welcome.evaluate(() => document.fonts.ready);
    await welcome.screenshot({ path: path.join(out, 'welcome.png'), fullPage: true });
    console.log('wrote docs/pictures/welcome.png');
  } finally {
    await handle.close();
  }
}

try {
  await session('en', async (handle) => {
    await popupPicture(handle, 'popup.png');
    await popupPicture(handle, 'popup-dark.png', { dark: true });
    await popupPicture(handle, 'popup-detail.png', { hash: `#site=${encodeURIComponent(sites[1].url)}` });
    const options = await handle.openPage('options/index.html');
    await options.setViewportSize({ width: 900, height: 800 });
    await options.waitForSelector('table.watchlist');
    await options.evaluate(() => document.fonts.ready);
    await options.screenshot({ path: path.join(out, 'options.png'), fullPage: true });
    console.log('wrote docs/pictures/options.png');
  });
  await session('fr', (handle) => popupPicture(handle, 'popup-fr.png'));
  await hundredSites();
} finally {
  await server.close();
}
