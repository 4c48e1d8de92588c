// The shield table's cost: classification time per probe over the whole corpus
// (test/fixtures/shields), and what the Public Suffix List library (tldts) adds to the background
// bundle and to its start. The probe code is bundled from src/ by vite into a temporary folder
// and imported as the worker would run it (minified, one module).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'vite';
import { median, percentile } from './stats.mjs';

/** The background bundle's gzip size on main before the shields work (59c7356), measured the same way. */
export const BACKGROUND_BEFORE = { commit: '59c7356', bytes: 64384, gzip: 22842 };

/** @param {string} outDir @param {Record<string, string>} entry */
async function bundle(root, outDir, entry) {
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, minify: true, write: true, lib: { entry, formats: ['es'], fileName: (_f, name) => `${name}.js` } },
  });
}

/**
 * @param {string} root  the repository
 * @param {{reps?: number}} [options]
 */
export async function measureShields(root, { reps = 100 } = {}) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-shields-'));
  try {
    await bundle(root, out, { classify: path.join(root, 'src/probe/classify.ts') });
    const { classifyResponse } = await import(pathToFileURL(path.join(out, 'classify.js')).href);
    const dir = path.join(root, 'test/fixtures/shields');
    const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    const facts = cases.map((c) => ({ status: c.status, headers: new Headers(c.headers), finalUrl: 'https://www.example.gov/', ttfbMs: 120, bodyStart: c.body, allowedHosts: ['example.gov'], slowMs: 3000, now: Date.now() }));
    // Warm up the regular expressions and the JIT, as a worker running rounds has.
    for (let i = 0; i < 20; i++) for (const f of facts) classifyResponse(f);
    // Per case, the best of five batches: on a shared machine a batch is often cut by another
    // process, and the verdict's own cost is what is asked for.
    /** @type {number[]} */
    const perCase = facts.map(() => Infinity);
    for (let batch = 0; batch < 5; batch++) {
      facts.forEach((f, i) => {
        const t = performance.now();
        for (let r = 0; r < reps; r++) classifyResponse(f);
        perCase[i] = Math.min(/** @type {number} */ (perCase[i]), ((performance.now() - t) / reps) * 1000);
      });
    }
    const worst = perCase.indexOf(Math.max(...perCase));
    // A cold first call, as after the worker wakes: a fresh process imports the bundle and classifies
    // once (Node's Headers is made first: it loads lazily, which a browser's does not).
    const coldScript = `const h=new Headers();const t0=performance.now();const m=await import(${JSON.stringify(pathToFileURL(path.join(out, 'classify.js')).href)});const t1=performance.now();m.classifyResponse({status:503,headers:h,finalUrl:'https://www.example.gov/',ttfbMs:1,bodyStart:'<html>',allowedHosts:['example.gov'],slowMs:3000,now:0});console.log(JSON.stringify({importMs:t1-t0,firstCallMs:performance.now()-t1}));`;
    const cold = runs(7, coldScript);
    // Node's own cost of importing any module, to subtract: an empty one.
    fs.writeFileSync(path.join(out, 'empty.js'), 'export const x = 1;\n');
    const baseline = runs(7, `const t0=performance.now();await import(${JSON.stringify(pathToFileURL(path.join(out, 'empty.js')).href)});console.log(JSON.stringify({importMs:performance.now()-t0,firstCallMs:0}));`);

    // What tldts costs: its getDomain alone, bundled and minified as the worker gets it (from the
    // package's minified build), and what its unminified ES build would have cost instead.
    await bundle(root, out, { tldts: path.join(root, 'scripts/bench/tldts-entry.mjs'), tldtsEs6: path.join(root, 'node_modules/tldts-icann/dist/es6/index.js') });
    const tldtsFile = path.join(out, 'tldts.js');
    const tldtsBytes = fs.statSync(tldtsFile).size;
    const tldtsGzip = zlib.gzipSync(fs.readFileSync(tldtsFile), { level: 9 }).length;
    const es6Gzip = zlib.gzipSync(fs.readFileSync(path.join(out, 'tldtsEs6.js')), { level: 9 }).length;
    const startScript = `const t0=performance.now();const m=await import(${JSON.stringify(pathToFileURL(tldtsFile).href)});const t1=performance.now();m.getDomain('www.lamoncloa.gob.es',{allowPrivateDomains:false});console.log(JSON.stringify({importMs:t1-t0,firstCallMs:performance.now()-t1}));`;
    const start = runs(7, startScript);
    return {
      cases: cases.length,
      perProbeUs: { median: round2(median(perCase)), p90: round2(percentile(perCase, 90)), max: round2(perCase[worst] ?? NaN), slowestCase: cases[worst]?.id },
      cold: { importMs: round2(median(cold.map((c) => c.importMs))), firstCallMs: round2(median(cold.map((c) => c.firstCallMs))) },
      emptyImportMs: round2(median(baseline.map((b) => b.importMs))),
      tldts: { bytes: tldtsBytes, gzip: tldtsGzip, es6Gzip, importMs: round2(median(start.map((s) => s.importMs))), firstCallMs: round2(median(start.map((s) => s.firstCallMs))) },
      backgroundBefore: BACKGROUND_BEFORE,
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/** @param {number} n @param {string} script @returns {Array<{importMs: number, firstCallMs: number}>} */
function runs(n, script) {
  return Array.from({ length: n }, () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  });
}

/** @param {number} x */
const round2 = (x) => Math.round(x * 100) / 100;
