// npm test: everything, in the order that fails fastest. Prints one line per stage and, last, the
// count of tests run ("Tests: N passed, N failed"). A missing browser fails the run, never skips it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const BROWSERS = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/firefox-esr', 'firefox-esr'],
];
mkdirSync('artifacts', { recursive: true });
// Counts come from this run only.
for (const file of ['artifacts/unit.json', 'artifacts/e2e.json']) rmSync(file, { force: true });

const stages = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit tests', 'npx', ['vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/unit.json']],
  ['build', 'node', ['scripts/build.mjs']],
  ['web-ext lint', 'node', ['scripts/lint-firefox.mjs', 'dist/firefox']],
  ['build e2e', 'node', ['scripts/build.mjs', '--e2e']],
  ['browsers present', null, null],
  ['end-to-end tests', 'npx', ['vitest', 'run', '--project', 'e2e', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/e2e.json']],
];

const results = [];
for (const [name, command, args] of stages) {
  const started = Date.now();
  let ok;
  if (!command) {
    const missing = BROWSERS.filter(([path]) => !existsSync(path));
    for (const [path, pkg] of missing) console.error(`${path} is missing: install it with  apt-get install -y ${pkg}`);
    ok = missing.length === 0;
  } else {
    console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
    ok = spawnSync(command, args, { stdio: 'inherit', env: process.env }).status === 0;
  }
  results.push([name, ok, Date.now() - started]);
  if (!ok) break;
}

const count = (file) => {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
};
console.log('\n── summary');
for (const [name, ok, ms] of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${(ms / 1000).toFixed(1)} s)`);
for (const [name] of stages.slice(results.length)) console.log(`--   ${name} (not run)`);
const unit = count('artifacts/unit.json');
const e2e = count('artifacts/e2e.json');
const failedStage = results.some(([, ok]) => !ok) || results.length < stages.length;
const failed = unit.failed + e2e.failed + (failedStage && unit.failed + e2e.failed === 0 ? 1 : 0);
console.log(`unit ${unit.passed} passed, e2e ${e2e.passed} passed`);
console.log(`Tests: ${unit.passed + e2e.passed} passed, ${failed} failed${unit.skipped + e2e.skipped ? `, ${unit.skipped + e2e.skipped} skipped` : ''}`);
process.exit(failedStage ? 1 : 0);
