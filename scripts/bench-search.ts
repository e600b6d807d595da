#!/usr/bin/env node
// `npm run bench:search`: for each language, the search index size, the bytes
// a first query fetches, and the time to first results (cold and warm, median
// of several runs) in headless Chromium against the production build in
// dist/ (built first if missing), served from loopback.
//
// cold: a fresh browser context on the language's home page; from Ctrl+K to
//   the first result shown (loads the search client, pagefind.js, the
//   WebAssembly, the index chunks and fragments).
// warm: the same page, a second query once everything is loaded.
// Both include the search box's 120 ms typing debounce.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../src/i18n/locales.ts';
import { indexKey } from '../src/search/bundle.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { launchChromium, sameOriginContext } from '../tests/support/browser.ts';
import { SEARCH_QUERIES } from '../tests/site/search-queries.ts';
import { median, printTable } from './bench-report.ts';

const DIST = 'dist';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const BUNDLE = join(DIST, 'pagefind');

if (!existsSync(join(BUNDLE, 'pagefind-entry.json'))) {
  console.log('dist/ has no search index: building first (npx astro build)…');
  const built = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const entry = JSON.parse(readFileSync(join(BUNDLE, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
};

/** Bytes of a language's index files: metadata, word index chunks, filters and fragments. */
function indexBytes(key: string): number {
  const info = entry.languages[key];
  if (!info) return 0;
  let total = statSync(join(BUNDLE, `pagefind.${info.hash}.pf_meta`)).size;
  for (const dir of ['index', 'fragment', 'filter']) {
    if (!existsSync(join(BUNDLE, dir))) continue;
    for (const file of readdirSync(join(BUNDLE, dir))) if (file.startsWith(`${key}_`)) total += statSync(join(BUNDLE, dir, file)).size;
  }
  return total;
}

const server = await serveStatic(DIST);
const browser = await launchChromium();
const rows: string[][] = [];
try {
  for (const locale of LOCALES) {
    const key = indexKey(locale.tag);
    const [first, second] = SEARCH_QUERIES[locale.code];
    const cold: number[] = [];
    const warm: number[] = [];
    let fetched = { raw: 0, gzip: 0, count: 0 };
    for (let run = 0; run < RUNS; run++) {
      const { context } = await sameOriginContext(browser, server.origin);
      const page = await context.newPage();
      await page.goto(`${server.origin}/${locale.code}/`, { waitUntil: 'networkidle' });
      const bodies: Promise<Buffer>[] = [];
      page.on('response', (response) => {
        bodies.push(response.body().catch(() => Buffer.alloc(0)));
      });
      const input = page.locator('[data-search-dialog] [data-search-input]');
      const status = page.locator('[data-search-dialog] [data-search-status]');
      const results = page.locator('[data-search-dialog] [role="option"]');
      let start = performance.now();
      await page.keyboard.press('Control+k');
      // The dialog is built on first open (src/search/dialog.ts).
      await input.waitFor({ state: 'visible' });
      const statusEl = await status.elementHandle();
      const waitForStatus = () => page.waitForFunction((el) => !!el?.textContent && !el.textContent.endsWith('…'), statusEl, { timeout: 30_000 });
      await input.fill(first!.query);
      await waitForStatus();
      cold.push(performance.now() - start);
      if (run === 0) {
        const buffers = await Promise.all(bodies);
        fetched = {
          raw: buffers.reduce((sum, b) => sum + b.length, 0),
          gzip: buffers.reduce((sum, b) => sum + gzipSync(b).length, 0),
          count: buffers.length,
        };
      }
      await input.fill('');
      await page.waitForFunction((el) => el?.textContent === '', statusEl);
      start = performance.now();
      await input.fill(second!.query);
      await waitForStatus();
      warm.push(performance.now() - start);
      if ((await results.count()) === 0) console.warn(`${locale.code}: “${second!.query}” found nothing`);
      await context.close();
    }
    rows.push([
      `${locale.code}`,
      entry.languages[key] ? `${indexBytes(key)}` : 'none (English fallback)',
      `${entry.languages[key]?.page_count ?? 0}`,
      `${fetched.raw} (${fetched.gzip} gzip, ${fetched.count} files)`,
      `${median(cold).toFixed(0)} ms`,
      `${median(warm).toFixed(0)} ms`,
    ]);
  }
} finally {
  await browser.close();
  await server.close();
}

const header = ['language', 'index bytes', 'pages', 'first query fetched bytes', `cold (median of ${RUNS})`, `warm (median of ${RUNS})`];
printTable(header, rows);
const wasm = readdirSync(BUNDLE).filter((f) => f.startsWith('wasm.')).map((f) => `${f} ${statSync(join(BUNDLE, f)).size}`);
console.log(`\nWebAssembly per language: ${wasm.join(', ')}; pagefind.js ${statSync(join(BUNDLE, 'pagefind.js')).size}, pagefind-worker.js ${statSync(join(BUNDLE, 'pagefind-worker.js')).size} bytes.`);
