// `npm test`: type-checks, then every Vitest project (unit and contract tests in Node, component
// tests in happy-dom, end-to-end tests in real headless Chromium), then one summary line.
// The browser tests are never skipped: without Chromium this fails and says how to install it.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (!existsSync(join(root, 'node_modules', 'vitest'))) {
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`The browser tests need Chromium at ${chromium} (or set CHROMIUM_PATH).`);
  console.error('Install it with: sudo apt-get update && sudo apt-get install -y chromium   (see .ci/run)');
  process.exit(1);
}

const node = process.execPath;
let failed = 0;
if (run(node, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']) !== 0) {
  console.error('type check failed');
  failed++;
}
const report = join(tmpdir(), `layerlab-vitest-${process.pid}.json`);
const status = run(node, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
let passed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  rmSync(report);
}
if (status !== 0 && failed === 0) failed = 1;
// Every shipped lesson: validated, its solutions replayed, its wrong answers refused.
if (run(node, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/lessons-check.ts')]) !== 0) {
  console.error('lessons:check failed');
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
