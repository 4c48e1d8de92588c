/**
 * Gives a test a site with a past: seed-history.ts, built here once per test file and run in an
 * extension page of the launched browser (the same origin, so the same database the popup reads).
 * Vigil's own pages stay as shipped; only the test's helper page runs the seeder.
 */
import path from 'node:path';
import { build, type Rollup } from 'vite';
import type { SeedInput } from './seed-history';
import type { Handle } from './vigil';

const root = path.resolve(import.meta.dirname, '../../..');
let built: Promise<string> | undefined;

async function buildSeeder(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: path.join(root, 'test/e2e/support/seed-history.ts'), formats: ['iife'], name: 'vigilSeeder', fileName: () => 'seed.js' },
    },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]!.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the seeder did not build');
  return chunk.code;
}

export type { SeedInput };

/** Writes `input`'s history for its site (see seed-history.ts). */
export async function seedHistory(handle: Handle, input: SeedInput): Promise<void> {
  built ??= buildSeeder();
  const code = await built;
  // A script, not a function: it defines the seeder in the helper page.
  await handle.evalInExtension(`${code}\n;undefined` as never);
  await handle.evalInExtension((i: SeedInput) => (globalThis as unknown as { vigilSeed: (i: SeedInput) => Promise<void> }).vigilSeed(i), input);
}
