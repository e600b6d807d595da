#!/usr/bin/env node
// `npm test`: checks Chromium, makes a fresh production build, runs every
// Vitest project (unit, browser, site) and ends with one plain summary line,
// "N passed, N failed", that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}; the browser and whole-site tests need it.\n` +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium and set CHROMIUM_PATH=/path/to/chromium\n' +
      '0 passed, 1 failed',
  );
  process.exit(1);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

const steps = [
  ['typecheck', 'npx', ['astro', 'check']],
  ['build', 'npx', ['astro', 'build']],
];
for (const [name, cmd, args] of steps) {
  console.log(`\n> ${name}`);
  if (run(cmd, args) !== 0) {
    console.error(`\n${name} failed.\n0 passed, 1 failed`);
    process.exit(1);
  }
}

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = status === 0 ? 0 : 1;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numTotalTestSuites > 0 && status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  if (json.numTotalTests === 0) failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
