// What each part of the built extension costs to load: the files an entry point pulls in, followed
// transitively (HTML → scripts, module preloads, stylesheets; JS → static and dynamic imports;
// CSS → @import), each gzipped on its own at level 9 as a store package or CDN would.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** @param {string} file */
const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** @param {string} html @returns {string[]} */
function htmlRefs(html) {
  const refs = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.push(/** @type {string} */ (m[1]));
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\b(stylesheet|modulepreload|preload)\b/.test(rel)) refs.push(href);
  }
  return refs;
}

/** @param {string} js @returns {string[]} */
function jsRefs(js) {
  const refs = [];
  // Minified ESM: `import{a as b}from"./x.js"`, `export{…}from"./x.js"`, `import"./x.js"`, `import("./x.js")`.
  for (const m of js.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+\.(?:m?js|css))["']/g)) refs.push(/** @type {string} */ (m[1]));
  return refs;
}

/** @param {string} css @returns {string[]} */
function cssRefs(css) {
  return [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].map((m) => /** @type {string} */ (m[1]));
}

/**
 * Every local file `entry` loads, itself included (an HTML page counts too: the browser reads it).
 * @param {string} root  the extension directory
 * @param {string} entry  path relative to root
 */
export function closure(root, entry) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} rel */
  const visit = (rel) => {
    const norm = path.normalize(rel);
    if (seen.has(norm)) return;
    const file = path.join(root, norm);
    if (!fs.existsSync(file)) throw new Error(`${entry} refers to ${norm}, which is not in ${root}`);
    seen.add(norm);
    const text = fs.readFileSync(file, 'utf8');
    const refs = norm.endsWith('.html') ? htmlRefs(text) : /\.m?js$/.test(norm) ? jsRefs(text) : norm.endsWith('.css') ? cssRefs(text) : [];
    for (const ref of refs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) continue; // remote: not ours
      visit(ref.startsWith('/') ? ref.slice(1) : path.join(path.dirname(norm), ref));
    }
  };
  visit(entry);
  return [...seen];
}

/** @param {string} root @param {string[]} files */
function measure(root, files) {
  const rows = files.map((f) => ({ file: f, bytes: fs.statSync(path.join(root, f)).size, gzip: gzipSize(path.join(root, f)) }));
  const code = rows.filter((r) => /\.(m?js|css)$/.test(r.file));
  return {
    files: rows,
    // The targets speak of JS+CSS; the HTML shell is listed but not counted.
    bytes: code.reduce((s, r) => s + r.bytes, 0),
    gzip: code.reduce((s, r) => s + r.gzip, 0),
  };
}

/** @param {string} dir */
function walk(dir) {
  /** @type {string[]} */
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** @param {string} root  e.g. dist/chrome-e2e */
export function measureSizes(root) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const popupPage = manifest.action?.default_popup;
  const optionsPage = manifest.options_ui?.page ?? manifest.options_page;
  const worker = manifest.background?.service_worker;
  if (!popupPage || !optionsPage || !worker) throw new Error(`${root}/manifest.json lacks the popup, options page or service worker`);
  const all = walk(root);
  // The preset names come one table per language (preset-names/<lang>.json), fetched at start by the
  // popup, the options page and the background: each reader loads one of them, not followed above.
  const namesDir = path.join(root, 'preset-names');
  const presetNames = fs.existsSync(namesDir)
    ? fs.readdirSync(namesDir).map((f) => ({ lang: f.replace(/\.json$/, ''), bytes: fs.statSync(path.join(namesDir, f)).size, gzip: gzipSize(path.join(namesDir, f)) }))
    : [];
  return {
    presetNames,
    popup: { entry: popupPage, ...measure(root, closure(root, popupPage)) },
    background: { entry: worker, ...measure(root, closure(root, worker)) },
    options: { entry: optionsPage, ...measure(root, closure(root, optionsPage)) },
    total: {
      files: all.length,
      bytes: all.reduce((s, f) => s + fs.statSync(f).size, 0),
      gzip: all.reduce((s, f) => s + gzipSize(f), 0),
    },
  };
}
