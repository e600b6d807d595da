#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse's mobile audit (its default: a mid-range
// phone on slow 4G, simulated) of a topic page, against the production build
// in dist/ (built first if missing) served as a host would: the generated
// header rules and gzip. Prints the four category scores and the simulated
// Largest Contentful Paint, and exits non-zero below 100 in any category or
// at an LCP of 1.27 s or more (issue 14's figure before this work).
// Chromium: $CHROME_PATH, else $CHROMIUM_PATH, else /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DEPLOY_OUTPUT } from '../src/deploy/rules.ts';
import { chromiumPath } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const DIST = 'dist';
const PAGE = process.argv[2] ?? '/en/what-is-an-iop/';
const LCP_GOAL_MS = 1270;

if (!existsSync(`${DIST}/${DEPLOY_OUTPUT.json}`)) {
  console.log('dist/ has no build with header rules: building first (npx astro build)…');
  const built = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = await serveStatic(DIST, { rules: `${DIST}/${DEPLOY_OUTPUT.json}`, gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] || chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const url = server.origin + PAGE;
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { categories, audits } = result.lhr;
  const scores = Object.values(categories).map((c) => ({ title: c.title, score: Math.round((c.score ?? 0) * 100) }));
  const lcp = audits['largest-contentful-paint']?.numericValue ?? Number.NaN;
  console.log(`Lighthouse ${result.lhr.lighthouseVersion}, mobile, ${url}`);
  for (const { title, score } of scores) console.log(`  ${title}: ${score}`);
  console.log(`  Largest Contentful Paint (simulated): ${(lcp / 1000).toFixed(2)} s (goal below ${LCP_GOAL_MS / 1000} s)`);
  const metrics = ['first-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift'];
  console.log(`  ${metrics.map((id) => `${audits[id]?.title}: ${audits[id]?.displayValue}`).join(', ')}`);
  // A run that measured nothing says why (Lighthouse scores it 0 without failing).
  if (result.lhr.runtimeError) console.log(`  runtime error: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
  for (const id of ['largest-contentful-paint', ...metrics]) {
    if (audits[id]?.errorMessage) console.log(`  ${id} not measured: ${audits[id]?.errorMessage}`);
  }
  for (const [id, audit] of Object.entries(audits)) {
    if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`  failed: ${id} (${audit.title})`);
  }
  process.exitCode = scores.every((s) => s.score === 100) && lcp < LCP_GOAL_MS ? 0 : 1;
} finally {
  chrome.kill();
  await server.close();
}
