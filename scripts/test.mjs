#!/usr/bin/env node
// `npm test`: checks Chromium and the content files (check:content), makes a
// fresh production build, then runs the
// type check beside every Vitest project (unit, browser, site) and ends with
// one plain summary line, "N passed, N failed", that CI reads.
// `npm run test:quick` (`--quick`): no build and no type check, only the unit
// and browser projects, for a fast loop while developing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

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
const times = [];
const timed = (name, start) => record(name, (performance.now() - start) / 1000);
const record = (name, seconds) => times.push(`${name} ${seconds.toFixed(1)} s`);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

/**
 * Runs a command in the background, below normal priority, with its output
 * kept to print when it ends: it takes the CPU the tests leave idle.
 */
function runQuietly(cmd, args) {
  const start = performance.now();
  const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // npx is still starting: the command it runs inherits the priority.
  setPriority(child.pid, constants.priority.PRIORITY_BELOW_NORMAL);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ status: code ?? 1, output, seconds: (performance.now() - start) / 1000 })));
}

// First, in seconds: every content problem at once, with file, line and rule.
console.log('\n> check:content');
const contentStart = performance.now();
if (run('npm', ['run', '--silent', 'check:content']) !== 0) {
  console.error('\ncheck:content failed.\n0 passed, 1 failed');
  process.exit(1);
}
timed('check:content', contentStart);

let typecheck;
if (!quick) {
  console.log('\n> build');
  const start = performance.now();
  if (run('npx', ['astro', 'build']) !== 0) {
    console.error('\nbuild failed.\n0 passed, 1 failed');
    process.exit(1);
  }
  timed('build', start);
  // The build has generated Astro's types; the type check reads them while the tests run.
  typecheck = runQuietly('npx', ['astro', 'check', '--noSync']);
}

mkdirSync('.tmp', { recursive: true });
// Builds the site tests share (tests/support/build.ts) are made afresh, once each, by the tests that need them.
if (!quick) rmSync('.tmp/builds', { recursive: true, force: true });
const report = '.tmp/vitest-report.json';
rmSync(report, { force: true });
const projects = quick ? ['--project', 'unit', '--project', 'browser'] : [];
const start = performance.now();
const status = await new Promise((resolve) => {
  const child = spawn('npx', ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArgs], { stdio: 'inherit', env });
  child.on('close', (code) => resolve(code ?? 1));
});
timed('vitest', start);

let passed = 0;
let failed = status === 0 ? 0 : 1;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numTotalTestSuites > 0 && status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  if (json.numTotalTests === 0) failed = Math.max(failed, 1);
}
if (typecheck) {
  const result = await typecheck;
  console.log(`\n> typecheck\n${result.output.trimEnd()}`);
  record('typecheck', result.seconds);
  if (result.status !== 0) {
    console.error('\ntypecheck failed.');
    failed += 1;
  }
}
console.log(`\ntimes: ${times.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
