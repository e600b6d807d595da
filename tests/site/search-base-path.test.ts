/**
 * Search under a sub-path: a second production build with
 * `BASE_PATH=/some/path/` into `.tmp/dist-base/`, served only under that path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchChromium, sameOriginContext } from '../support/browser.ts';

const OUT = join('.tmp', 'dist-base');
const BASE = '/some/path/';
let server: StaticServer;
let browser: Browser;

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV…) in process.env;
  // a child build must not inherit them, or BASE_URL overrides the base.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)),
  );
  const built = spawnSync('npx', ['astro', 'build', '--outDir', OUT], {
    env: { ...env, BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`The sub-path build failed:\n${built.stdout}\n${built.stderr}`);
}, 180_000);

beforeAll(async () => {
  server = await serveStatic(OUT, { base: BASE });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`search under ${BASE}`, () => {
  it('renders base-aware bundle, client and search page URLs', () => {
    const html = readFileSync(join(OUT, 'en/what-is-an-iop/index.html'), 'utf8');
    expect(html).toContain(`data-bundle="${BASE}pagefind/"`);
    expect(html).toMatch(new RegExp(`data-search-client="${BASE}_astro/`));
    expect(html).toContain(`href="${BASE}en/search/"`);
    expect(html).toContain(`action="${BASE}en/search/"`);
  });

  it('finds pages and links results under the base, with every request under it', async () => {
    const { context, foreign } = await sameOriginContext(browser, server.origin);
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}${BASE}en/what-is-an-iop/`);
      await page.keyboard.press('Control+k');
      await page.locator('[data-search-dialog] [data-search-input]').fill('outpatient');
      const options = page.locator('[data-search-dialog] [role="option"]');
      await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const urls = await options.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['url'] ?? ''));
      for (const url of urls) expect(new URL(url, server.origin).pathname.startsWith(`${BASE}en/`), url).toBe(true);
      expect(server.requests.every((path) => path.startsWith(BASE)), server.requests.filter((p) => !p.startsWith(BASE)).join(', ')).toBe(true);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
