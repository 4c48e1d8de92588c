// Issue "history for years": fill the extension's own IndexedDB with 100 sites × 365 days at a
// 5-minute interval, then time the history layer in real Chromium. The fill code is Vigil's own
// (scripts/bench/history-fill.ts, built here into the bench's private copy of the extension, never
// into dist/), run in an extension page so it writes the same database the popup reads.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HISTORY_PAGE = 'bench/history.html';

/** Builds history-fill.ts into `extDir/bench/` with a page that loads it. @param {string} extDir */
export async function addHistoryPage(extDir) {
  const outDir = path.join(extDir, 'bench');
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry: path.join(root, 'scripts/bench/history-fill.ts'), formats: ['es'], fileName: () => 'history-fill.js' },
    },
  });
  fs.writeFileSync(path.join(outDir, 'history.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="history-fill.js"></script>\n');
}

/**
 * @param {import('../lib/browsers.mjs').ChromiumHandle} h
 * @param {string[]} siteUrls
 * @param {{days?: number, repeats?: number}} [options]
 */
export async function measureHistory(h, siteUrls, { days = 365, repeats = 15 } = {}) {
  const page = await h.openPage(HISTORY_PAGE);
  try {
    await page.waitForFunction(() => 'vigilBench' in globalThis, undefined, { timeout: 30_000 });
    const now = Date.now();
    const options = { siteUrls, days, intervalMinutes: 5, now };
    const started = performance.now();
    // @ts-expect-error the page's own global
    const fill = await page.evaluate((o) => globalThis.vigilBench.fill(o), options);
    const fillMs = performance.now() - started;
    // @ts-expect-error the page's own global
    const measured = await page.evaluate((o) => globalThis.vigilBench.measure(o), { ...options, repeats });
    await page.close();
    const settled = await settledUsage(h);
    return { sites: siteUrls.length, days, intervalMinutes: 5, fill: { ...fill, totalMs: Math.round(fillMs) }, ...measured, ...settled, repeats };
  } finally {
    if (!page.isClosed()) await page.close();
  }
}

/**
 * Right after the fill, the estimate counts every record rewritten while filling (LevelDB keeps old
 * versions until it compacts). Chromium compacts an origin's database when its last connection
 * closes; so close them all (pages and worker), wait, and ask again.
 * @param {import('../lib/browsers.mjs').ChromiumHandle} h
 */
async function settledUsage(h) {
  const usageAt = () => h.evalInExtension(async () => (await navigator.storage.estimate()).usage ?? -1, undefined);
  for (const p of h.context.pages()) if (p.url().startsWith(h.baseUrl) && !p.url().endsWith('manifest.json')) await p.close();
  await h.stopWorker();
  const samples = [];
  // Until the compaction has come and gone: a drop, then the same figure twice (at most a minute).
  for (let i = 0; i < 12; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    samples.push(await usageAt());
    const n = samples.length;
    if (n >= 3 && samples[n - 1] === samples[n - 2] && samples[n - 1] < samples[0]) break;
  }
  await h.startWorker();
  return { settledUsageBytes: Math.min(...samples), settledUsageSamples: samples };
}
