/** Search under a sub-path: the shared `BASE_PATH=/some/path/` build, served only under that path. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH_BUILD } from '../support/build.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { sameOriginContext } from '../support/browser.ts';

const site = useBuiltSite(BASE_PATH_BUILD);
const BASE = site.base;

describe(`search under ${BASE}`, () => {
  it('renders base-aware bundle, client and search page URLs', () => {
    const topic = readFileSync(join(site.root, 'en/what-is-an-iop/index.html'), 'utf8');
    expect(topic).toMatch(new RegExp(`data-search-client="${BASE}_astro/`));
    expect(topic).toContain(`href="${BASE}en/search/"`);
    // The form, on the search page; the dialog takes it from there.
    const search = readFileSync(join(site.root, 'en/search/index.html'), 'utf8');
    expect(search).toContain(`data-bundle="${BASE}pagefind/"`);
    expect(search).toContain(`action="${BASE}en/search/"`);
  });

  it('finds pages and links results under the base, with every request under it', async () => {
    const { context, foreign } = await sameOriginContext(site.browser, site.origin);
    const page = await context.newPage();
    try {
      await page.goto(`${site.origin}${BASE}en/what-is-an-iop/`);
      await page.keyboard.press('Control+k');
      await page.locator('[data-search-dialog] [data-search-input]').fill('outpatient');
      const options = page.locator('[data-search-dialog] [role="option"]');
      await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const urls = await options.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['url'] ?? ''));
      for (const url of urls) expect(new URL(url, site.origin).pathname.startsWith(`${BASE}en/`), url).toBe(true);
      expect(site.requests.every((path) => path.startsWith(BASE)), site.requests.filter((p) => !p.startsWith(BASE)).join(', ')).toBe(true);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
