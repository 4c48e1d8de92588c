import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * One build for both browsers: the background as a single module entry named background.js, the
 * pages (popup, options, the welcome) as HTML entries. scripts/build.mjs copies the result into dist/<browser>/ with the
 * manifest for each target.
 */
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: '',
  publicDir: false,
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
