// npm run package → store-ready archives in artifacts/:
//   vigil-chrome-<version>.zip   dist/chrome's contents, manifest.json at the root (Chrome Web Store)
//   vigil-firefox-<version>.zip  dist/firefox through `web-ext build` (addons.mozilla.org)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipDirectory } from './lib/zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(root, 'artifacts');
const started = Date.now();

/** @param {string} what @param {string} cmd @param {string[]} args */
function run(what, cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`npm run package: ${what} failed (exit ${r.status ?? r.signal ?? r.error?.message})`);
    process.exit(1);
  }
}

/** @param {string} dir */
function versionOf(dir) {
  return JSON.parse(fs.readFileSync(path.join(root, dir, 'manifest.json'), 'utf8')).version;
}

run('the build', process.execPath, [path.join(root, 'scripts/build.mjs')]);
const version = versionOf('dist/chrome');
if (versionOf('dist/firefox') !== version) throw new Error('dist/chrome and dist/firefox disagree on the version');

const chromeZip = path.join(artifacts, `vigil-chrome-${version}.zip`);
const { entries } = zipDirectory(path.join(root, 'dist/chrome'), chromeZip);

const firefoxZip = path.join(artifacts, `vigil-firefox-${version}.zip`);
run('web-ext build', 'npx', [
  'web-ext', 'build',
  '--source-dir', 'dist/firefox',
  '--artifacts-dir', 'artifacts',
  '--overwrite-dest',
  '--filename', 'vigil-firefox-{version}.zip',
]);
if (!fs.existsSync(firefoxZip)) throw new Error(`web-ext build did not write ${path.relative(root, firefoxZip)}`);

const size = (/** @type {string} */ f) => `${(fs.statSync(f).size / 1024).toFixed(1)} KiB`;
console.log(`
${path.relative(root, chromeZip)}   ${size(chromeZip)} (${entries} files)
${path.relative(root, firefoxZip)}  ${size(firefoxZip)}
packaged in ${((Date.now() - started) / 1000).toFixed(1)} s`);
