#!/usr/bin/env node
// `npm test`: checks Chromium, makes a fresh production build, runs every
// Vitest project (unit, browser, site) and ends with one plain summary line,
// "N passed, N failed", that CI reads.
// `npm run test:quick` (`--quick`): no type check and no build, only the unit
// and browser projects, for a fast loop while developing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';

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

const quick = process.argv.includes('--quick');
const vitestArgs = process.argv.slice(2).filter((arg) => arg !== '--quick');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

const steps = quick
  ? []
  : [
      ['typecheck', 'npx', ['astro', 'check']],
      ['build', 'npx', ['astro', 'build']],
    ];
const times = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n> ${name}`);
  const start = performance.now();
  if (run(cmd, args) !== 0) {
    console.error(`\n${name} failed.\n0 passed, 1 failed`);
    process.exit(1);
  }
  times.push(`${name} ${seconds(start)}`);
}

mkdirSync('.tmp', { recursive: true });
// Builds the site tests share (tests/support/build.ts) are made afresh, once each, by the tests that need them.
if (!quick) rmSync('.tmp/builds', { recursive: true, force: true });
const report = '.tmp/vitest-report.json';
rmSync(report, { force: true });
const projects = quick ? ['--project', 'unit', '--project', 'browser'] : [];
const start = performance.now();
const status = run('npx', ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArgs]);
times.push(`vitest ${seconds(start)}`);
console.log(`\ntimes: ${times.join(', ')}`);
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
