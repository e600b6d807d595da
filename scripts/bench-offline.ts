#!/usr/bin/env node
// `npm run bench:offline`: what offline reading costs and how fast it is, in
// headless Chromium against the production build in dist/ (built first if
// missing), served from loopback with the generated header rules and gzip.
//
// 1. Per language: the files and bytes of its offline manifest (raw, which
//    the panel shows, and gzip, closer to what a host sends).
// 2. The time to save each language: from the click on "Save for offline" to
//    the saved copy being published (fresh browser context each time).
// 3. The first search query online, from Ctrl+K to results shown, in three
//    set-ups measured alternately in the same run: no service worker; the
//    worker installed with nothing saved; the worker with the language saved.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { LOCALES } from '../src/i18n/locales.ts';
import { DEPLOY_OUTPUT } from '../src/deploy/rules.ts';
import type { OfflineManifest } from '../src/offline/manifest.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { offlineRecord, saveWithPanel } from '../tests/support/offline.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { SEARCH_QUERIES } from '../tests/site/search-queries.ts';
import { median, printTable } from './bench-report.ts';

const DIST = 'dist';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const QUERY_LOCALE = 'en';

if (!existsSync(join(DIST, 'offline', 'revisions.json'))) {
  console.log('dist/ has no offline manifests: building first (npx astro build)…');
  const built = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = await serveStatic(DIST, { rules: join(DIST, DEPLOY_OUTPUT.json), gzip: true });
const browser = await launchChromium();

/** From Ctrl+K to the first query's results, in the dialog of `page`. */
async function firstQuery(page: Page, query: string): Promise<number> {
  const input = page.locator('[data-search-dialog] [data-search-input]');
  const start = performance.now();
  await page.keyboard.press('Control+k');
  // The dialog is built on first open (src/search/dialog.ts).
  await input.waitFor({ state: 'visible' });
  const status = await page.locator('[data-search-dialog] [data-search-status]').elementHandle();
  await input.fill(query);
  await page.waitForFunction((el) => !!el?.textContent && !el.textContent.endsWith('…'), status, { timeout: 30_000 });
  return performance.now() - start;
}

type Setup = 'no worker' | 'worker, nothing saved' | 'worker, language saved';
/** A page of the query language, ready in the given set-up. */
async function pageFor(b: Browser, setup: Setup): Promise<Page> {
  const context = await b.newContext(setup === 'no worker' ? { serviceWorkers: 'block' } : {});
  const page = await context.newPage();
  if (setup === 'worker, language saved') await saveWithPanel(page, server.origin, QUERY_LOCALE);
  else if (setup === 'worker, nothing saved') {
    await page.goto(`${server.origin}/${QUERY_LOCALE}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
  }
  // A fresh page load, controlled by the worker where there is one.
  await page.goto(`${server.origin}/${QUERY_LOCALE}/what-is-an-iop/`, { waitUntil: 'networkidle' });
  return page;
}

try {
  const sizes = LOCALES.map((locale) => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'offline', `${locale.code}.json`), 'utf8')) as OfflineManifest;
    const gzip = manifest.files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f.url.endsWith('/') ? `${f.url}index.html` : f.url))).length, 0);
    return { locale: locale.code, files: manifest.files.length, bytes: manifest.bytes, gzip };
  });

  const saves: Record<string, number> = {};
  for (const locale of LOCALES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = performance.now();
    await saveWithPanel(page, server.origin, locale.code);
    if (!(await offlineRecord(page))?.saved[locale.code]) throw new Error(`${locale.code} was not saved`);
    saves[locale.code] = performance.now() - start;
    await context.close();
  }
  console.log(`\nOffline copies (dist/offline/*.json), and the time to save each on this machine (from opening its home page to the copy published):\n`);
  printTable(
    ['language', 'files', 'bytes', 'gzip bytes', 'save time'],
    sizes.map((s) => [s.locale, `${s.files}`, `${s.bytes}`, `${s.gzip}`, `${(saves[s.locale]! / 1000).toFixed(2)} s`]),
  );

  const setups: Setup[] = ['no worker', 'worker, nothing saved', 'worker, language saved'];
  const times: Record<Setup, number[]> = { 'no worker': [], 'worker, nothing saved': [], 'worker, language saved': [] };
  const query = SEARCH_QUERIES[QUERY_LOCALE][0]!.query;
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so drift in machine load spreads evenly.
    for (const setup of run % 2 ? [...setups].reverse() : setups) {
      const page = await pageFor(browser, setup);
      times[setup].push(await firstQuery(page, query));
      await page.context().close();
    }
  }
  const base = median(times['no worker']);
  console.log(`\nFirst search query online (“${query}”, ${QUERY_LOCALE}), Ctrl+K to results, median of ${RUNS}, set-ups alternating:\n`);
  printTable(
    ['set-up', 'median', 'vs no worker', 'all runs (ms)'],
    setups.map((s) => [s, `${median(times[s]).toFixed(0)} ms`, `${(median(times[s]) / base).toFixed(2)}×`, times[s].map((t) => t.toFixed(0)).join(' ')]),
  );
} finally {
  await browser.close();
  await server.close();
}
