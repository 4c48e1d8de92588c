// Page open → problems and rows drawn, measured inside the page: a script injected before the
// document exists watches the DOM (MutationObserver) and notes performance.now() — milliseconds
// since the navigation started — the moment the expected number of rows ([data-site-url]) are all
// present with a status other than `unknown`, and every row that needs attention (down, shielded,
// slow) sits under "Needs attention" (the popup's first screen). On the popup it then notes when the
// history was drawn too (main[data-history="drawn"]): the first screen must not wait for it.
// Nothing polls the page while it loads.
import { summary } from './stats.mjs';

/** Runs in the page before any of its own scripts. @param {number} expected */
function observeRows(expected) {
  /** @type {(v: unknown) => void} */
  let resolve = () => {};
  const bench = {
    done: new Promise((r) => (resolve = r)),
    rowsAt: /** @type {number | undefined} */ (undefined),
    historyAt: /** @type {number | undefined} */ (undefined),
    historyBeforeRows: false,
  };
  Object.defineProperty(window, '__vigilBench', { value: bench });
  const PROBLEMS = ['down', 'shielded', 'slow'];
  const complete = () => {
    const rows = document.querySelectorAll('[data-site-url]');
    if (rows.length < expected) return false;
    for (const row of rows) {
      const status = row.getAttribute('data-status');
      if (!status || status === 'unknown') return false;
      if (PROBLEMS.includes(status) && !row.closest('.attention')) return false;
    }
    return true;
  };
  const historyDrawn = () => document.querySelector('main[data-history="drawn"]') !== null;
  const waitsForHistory = () => document.querySelector('main[data-history]') !== null;
  const report = () => {
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
    resolve({
      rowsAt: bench.rowsAt,
      historyAt: bench.historyAt,
      historyBeforeRows: bench.historyBeforeRows,
      responseEnd: nav?.responseEnd,
      domInteractive: nav?.domInteractive,
      domContentLoaded: nav?.domContentLoadedEventEnd,
      load: nav?.loadEventEnd,
      rows: document.querySelectorAll('[data-site-url]').length,
    });
  };
  const finish = () => {
    observer.disconnect();
    // Report once the load event's timings exist.
    const later = () => setTimeout(report, 0);
    if (document.readyState === 'complete') later();
    else addEventListener('load', later, { once: true });
  };
  const observer = new MutationObserver(() => {
    if (bench.historyAt === undefined && historyDrawn()) {
      bench.historyAt = performance.now();
      // Drawn before (or with) the rows: the first screen waited for the history.
      if (bench.rowsAt === undefined) bench.historyBeforeRows = true;
    }
    if (bench.rowsAt === undefined) {
      if (!complete()) return;
      bench.rowsAt = performance.now();
    }
    if (!waitsForHistory() || bench.historyAt !== undefined) finish();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-status', 'data-history'] });
}

/**
 * Opens `url` in a new tab `warmups + runs` times, one at a time, and returns the measured runs.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{expected: number, runs: number, warmups: number, timeout?: number}} options
 */
export async function measurePageOpen(context, url, { expected, runs, warmups, timeout = 15_000 }) {
  /** @type {Array<Record<string, number | undefined>>} */
  const samples = [];
  for (let i = 0; i < warmups + runs; i++) {
    const page = await context.newPage();
    try {
      await page.addInitScript(observeRows, expected);
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
      const sample = await page.evaluate(
        (t) => Promise.race([/** @type {any} */ (window).__vigilBench.done, new Promise((_, reject) => setTimeout(() => reject(new Error('rows never complete')), t))]),
        timeout,
      );
      if (i >= warmups) samples.push(/** @type {Record<string, number | undefined>} */ (sample));
    } catch (error) {
      const rows = await page.evaluate(() => [...document.querySelectorAll('[data-site-url]')].map((r) => r.getAttribute('data-status'))).catch(() => []);
      throw new Error(`${url}: ${/** @type {Error} */ (error).message} (${rows.length} rows of ${expected}: ${[...new Set(rows)].join(', ')})`);
    } finally {
      await page.close();
    }
    // Let the closed tab's teardown pass before the next open.
    await new Promise((r) => setTimeout(r, 100));
  }
  const pick = (/** @type {string} */ k) => samples.map((s) => s[k]).filter((v) => typeof v === 'number');
  return {
    url,
    expected,
    rowsDrawn: summary(/** @type {number[]} */ (pick('rowsAt'))),
    historyDrawn: pick('historyAt').length ? summary(/** @type {number[]} */ (pick('historyAt'))) : undefined,
    historyBeforeRows: samples.filter((x) => x.historyBeforeRows).length,
    domContentLoaded: summary(/** @type {number[]} */ (pick('domContentLoaded'))),
    samples,
  };
}

/** A plain page with `n` rows shaped like the popup's, no script. @param {number} n @param {(i: number) => string} urlOf */
export function staticRowsPage(n, urlOf) {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `<li data-site-url="${urlOf(i + 1)}" data-status="up"><span class="icon">✓</span>` +
      `<span class="name">Site ${i + 1}</span><span class="reason">Up</span>` +
      `<span class="figures">12 ms<br><time>just now</time></span></li>`,
  ).join('\n');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} static rows</title>` +
    `<style>body{font:14px system-ui;margin:0;width:380px}ul{list-style:none;margin:0;padding:0}` +
    `li{display:grid;grid-template-columns:1.5em 1fr auto;gap:.25em .5em;padding:.4em .75em;border-top:1px solid #ddd}` +
    `.reason{grid-column:2}.figures{grid-row:1/3;grid-column:3;text-align:right;color:#666}</style></head>` +
    `<body><main><h1>All ${n} sites reachable</h1><ul class="sites">\n${rows}\n</ul></main></body></html>`
  );
}
