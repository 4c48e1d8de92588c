// npm run pictures → docs/pictures/*.png, the pictures the README shows: the popup (light, dark,
// French), one site's detail and the options page, rendered in headless Chromium from the built
// extension against the local fixture server. The five sites cover what Vigil says: one healthy,
// one slow, one shielded, one down with its outage open, one that was down and came back.
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
} finally {
  await server.close();
}
