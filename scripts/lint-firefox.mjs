// web-ext lint on dist/firefox: fails on any error, and on any warning but the one expected (Preact's
// own innerHTML assignment inside its runtime chunk, which Vigil never reaches: it renders no HTML).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = process.argv[2] ?? 'dist/firefox';
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`${dir} is not built: run npm run build first`);
  process.exit(1);
}
let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  output = error.stdout; // web-ext exits non-zero when it finds errors; the JSON says which
}
const report = JSON.parse(output);
const expected = (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /jsxRuntime|preact/.test(m.file ?? '');
const unexpected = report.warnings.filter((m) => !expected(m));
for (const m of [...report.errors, ...report.warnings]) console.log(`${report.errors.includes(m) ? 'error' : expected(m) ? 'expected warning' : 'warning'}: ${m.code} ${m.file ?? ''} ${m.message}`);
console.log(`web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexpected.length} expected), ${report.notices.length} notices`);
process.exit(report.errors.length || unexpected.length ? 1 : 0);
