import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs the pure core and the pages' logic in Node with fake-indexeddb and
 * @webext-core/fake-browser; `e2e` loads the built extension (dist/*-e2e) in real Chromium and
 * Firefox ESR, one file at a time (two browsers on two cores is the most this machine carries).
 */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/unit/setup.ts'],
          // A zone with daylight saving, so day buckets are tested on 23- and 25-hour days everywhere.
          env: { TZ: 'Europe/Brussels' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.{ts,mjs}'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
