// npm run build      → dist/chrome/ and dist/firefox/, each loadable unpacked as it is.
// npm run build:e2e  → dist/chrome-e2e/ and dist/firefox-e2e/: the same, plus host permissions for
//                      the local fixture server (127.0.0.1, localhost, [::1], *.invalid) used by the
//                      tests, canaries allowed on this computer (loopback) for those tests, and the
//                      Globalping API base from VIGIL_GLOBALPING_URL when set (a local fake).
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { drawIcon, ICON_SIZES } from './lib/icons.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const e2e = process.argv.includes('--e2e');
export const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*', 'http://[::1]/*', 'http://*.invalid/*'];

function manifestFor(base, browser, forTests) {
  const manifest = structuredClone(base);
  // The source manifest serves both browsers; each build keeps only what its browser reads, so
  // neither lists warnings (Chrome flags the gecko block, Firefox the service_worker key).
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    delete manifest.background.scripts;
  } else {
    delete manifest.background.service_worker;
  }
  if (forTests) manifest.host_permissions = [...manifest.host_permissions, ...E2E_HOSTS];
  return manifest;
}

// vite.config.ts reads the preset data (src/settings/presets) to write one names table per language;
// Vite's bundling config loader handles its extensionless TypeScript imports, and its note that a
// future native loader would not is not a problem of this build.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

async function main() {
  const started = Date.now();
  // Release builds always talk to the real API and never send private targets; only the e2e build
  // may be pointed elsewhere (the tests' fake Globalping), which then decides about every target.
  // Unset, the e2e build talks to the tests' fake on its fixed port (test/fixtures/globalping-fake.mjs):
  // a test build never reaches the real API by accident.
  const globalping = e2e ? process.env.VIGIL_GLOBALPING_URL || 'http://127.0.0.1:47819' : 'https://api.globalping.io';
  const define = { __VIGIL_GLOBALPING_URL__: JSON.stringify(globalping), __VIGIL_E2E__: JSON.stringify(e2e) };
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', define });
  const stage = join(root, 'dist/.stage');
  for (const size of ICON_SIZES) {
    await mkdir(join(stage, 'icons'), { recursive: true });
    await writeFile(join(stage, `icons/icon-${size}.png`), drawIcon(size));
  }
  // The catalogs are read by the browser itself (browser.i18n, __MSG_…__ in the manifest).
  await cp(join(root, '_locales'), join(stage, '_locales'), { recursive: true });
  const base = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const targets = e2e ? ['chrome-e2e', 'firefox-e2e'] : ['chrome', 'firefox'];
  for (const target of targets) {
    const out = join(root, 'dist', target);
    await rm(out, { recursive: true, force: true });
    await cp(stage, out, { recursive: true });
    const manifest = manifestFor(base, target.startsWith('chrome') ? 'chrome' : 'firefox', e2e);
    await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  await rm(stage, { recursive: true, force: true });
  console.log(`built ${targets.map((t) => `dist/${t}`).join(', ')} in ${Date.now() - started} ms`);
}

await main();
