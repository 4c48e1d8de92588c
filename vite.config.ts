import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { PRESETS } from './src/settings/presets/index';
import { localNames, nameLanguages } from './src/settings/presets/display-name';
import { presetSitesOf } from './src/settings/presets/preset-sites';

/**
 * The preset data as files the code reads when it needs them (src/platform/preset-data.ts): one
 * table of names per language (preset-names/<lang>.json), so a page or the background reads only its
 * reader's language, and one file per preset (preset-sites/<id>.json), read by the background when
 * that preset is added. Only the options page bundles the whole data (its catalog shows it all).
 */
function presetDataFiles(): Plugin {
  return {
    name: 'vigil-preset-data',
    generateBundle() {
      for (const lang of nameLanguages(PRESETS)) {
        this.emitFile({ type: 'asset', fileName: `preset-names/${lang}.json`, source: JSON.stringify(localNames(PRESETS, lang)) });
      }
      for (const preset of PRESETS) {
        this.emitFile({ type: 'asset', fileName: `preset-sites/${preset.id}.json`, source: JSON.stringify(presetSitesOf(preset)) });
      }
    },
  };
}

/**
 * One build for both browsers: the background as a single module entry named background.js, the
 * pages (popup, options, the welcome) as HTML entries. scripts/build.mjs copies the result into dist/<browser>/ with the
 * manifest for each target.
 */
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: '',
  publicDir: false,
  plugins: [presetDataFiles()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist/.stage',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        background: resolve(import.meta.dirname, 'background/index.ts'),
        popup: resolve(import.meta.dirname, 'popup/index.html'),
        options: resolve(import.meta.dirname, 'options/index.html'),
        welcome: resolve(import.meta.dirname, 'options/welcome.html'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        // Preact in a chunk of its own, named for it: the pages share it, and web-ext lint's one
        // expected warning (Preact's own innerHTML line) is known by that name.
        manualChunks: (id: string) => (/[\\/]node_modules[\\/]preact[\\/]/.test(id) ? 'preact' : undefined),
      },
    },
  },
});
