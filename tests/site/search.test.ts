/**
 * Search against the production build in `dist/`, in real Chromium, served
 * from loopback. Query tables: `search-queries.ts` (non-English locales need
 * their translations; see there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchChromium, sameOriginContext } from '../support/browser.ts';
import { builtPages, DIST } from '../support/dist.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { indexKey } from '../../src/search/bundle.ts';
import { SEARCH_QUERIES } from './search-queries.ts';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let foreign: string[];
const cspErrors: string[] = [];

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
  page.on('pageerror', (error) => cspErrors.push(`pageerror: ${error.message}`));
  return page;
}

/** Runs a query on a locale's search page and returns the result URLs (paths) and whether they were labelled English. */
async function searchOnPage(page: Page, code: string, query: string, category = '') {
  const params = new URLSearchParams({ q: query, ...(category ? { category } : {}) });
  await page.goto(`${server.origin}/${code}/search/?${params}`);
  return searchResults(page);
}

/** The results shown once the search in progress has finished. */
async function searchResults(page: Page) {
  const status = page.locator('[data-search] [data-search-status]');
  await expect.poll(async () => (await status.textContent())?.trim() ?? '', { timeout: 15_000 }).not.toMatch(/^$|…$/);
  const options = page.locator('[data-search-results] [role="option"]');
  const urls = (await options.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['url'] ?? ''))).map(
    (u) => new URL(u, 'http://x').pathname,
  );
  const langs = await options.evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
  const categories = await page.locator('[data-search-results] .search-result__category').allTextContents();
  return { urls, langs, categories, status: (await status.textContent()) ?? '' };
}

/**
 * Types a query into the search box of the page (already on a search page)
 * and submits it, which searches at once; returns the result paths and
 * languages, and which results are partial matches.
 */
async function searchInBox(page: Page, query: string) {
  const input = page.locator('[data-search] [data-search-input]');
  const status = page.locator('[data-search] [data-search-status]');
  await input.fill(query);
  // Enter submits the form: the search starts at once and says "Searching…" before it returns.
  await input.press('Enter');
  await expect.poll(async () => (await status.textContent())?.trim() ?? '', { timeout: 15_000 }).not.toMatch(/^$|…$/);
  const options = page.locator('[data-search-results] [role="option"]');
  const urls = (await options.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['url'] ?? ''))).map((u) => new URL(u, 'http://x').pathname);
  const langs = await options.evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
  const partial = await options.evaluateAll((els) => els.map((el) => el.querySelector('.search-result__partial')?.textContent ?? null));
  return { urls, langs, partial, status: (await status.textContent()) ?? '' };
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))) throw new Error('No search index in dist/: run `npx astro build` first.');
  server = await serveStatic(DIST);
  browser = await launchChromium();
  ({ context, foreign } = await sameOriginContext(browser, server.origin));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the index', () => {
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

  it('has one index per language, keyed by <html lang>, and only our languages', () => {
    const keys = LOCALES.map((l) => indexKey(l.tag));
    expect(Object.keys(entry.languages).length).toBeGreaterThan(0);
    for (const key of Object.keys(entry.languages)) expect(keys).toContain(key);
    expect(entry.languages['en']?.page_count).toBeGreaterThan(0);
  });

  it('indexes only <main data-pagefind-body>, never an English fallback, and ignores the chrome', () => {
    for (const { path: file, html } of builtPages()) {
      const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '';
      const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
      expect(bodies, file).toBeLessThanOrEqual(1);
      if (bodies === 1) {
        expect(html, file).toMatch(/<main[^>]*data-pagefind-body/);
        expect(html, `${file} is a fallback page`).not.toContain('data-translation-notice="fallback"');
        const locale = LOCALES.find((l) => l.tag === lang);
        expect(locale && file.startsWith(`/${locale.code}/`), `${file} is indexed under lang="${lang}"`).toBe(true);
        for (const chrome of ['site-header', 'site-footer', 'help-strip']) {
          const tag = new RegExp(`<[a-z]+[^>]*class="[^"]*\\b${chrome}\\b[^"]*"[^>]*>`).exec(html)?.[0];
          if (tag) expect(tag, `${file}: .${chrome} must carry data-pagefind-ignore`).toContain('data-pagefind-ignore');
        }
      }
      if (html.includes('data-translation-notice="fallback"')) expect(bodies, file).toBe(0);
    }
  });

  it('the bundle holds no unused Pagefind UI files', () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files.filter((f) => /ui\.(js|css)$|highlight\.js$/.test(f))).toEqual([]);
  });
});

describe.each(LOCALES.map((l) => [l.code, l] as const))('queries in %s', (code, locale) => {
  // One page per language: each query is typed into the search page's box.
  let page: Page;
  const hits: string[] = [];
  const misses: string[] = [];
  beforeAll(async () => {
    page = await newPage();
    await page.goto(`${server.origin}/${code}/search/`);
  });
  afterAll(async () => {
    const total = hits.length + misses.length;
    console.log(`search hit rate ${code}: ${hits.length}/${total} (${Math.round((100 * hits.length) / Math.max(total, 1))}%) in the top three${misses.length ? `; missed: ${misses.join(', ')}` : ''}`);
    await page?.close();
  });

  it.each(SEARCH_QUERIES[code].map((q) => [q.query, q.slug] as const))('“%s” finds %s in the top three', async (query, slug) => {
    const { urls, langs } = await searchInBox(page, query);
    const expected = `/${code}/${slug ? `${slug}/` : ''}`;
    (urls.slice(0, 3).includes(expected) ? hits : misses).push(`“${query}”`);
    expect(urls.slice(0, 3), `results for “${query}” in ${locale.englishName}`).toContain(expected);
    expect(langs.slice(0, 3).every((l) => l === null), 'results come from this language, not the English fallback').toBe(true);
  });
});

describe('the search UI', () => {
  it('narrows results by category', async () => {
    const page = await newPage();
    try {
      const all = await searchOnPage(page, 'en', 'program');
      const narrowed = await searchOnPage(page, 'en', 'program', 'understanding');
      expect(narrowed.urls.length).toBeGreaterThan(0);
      expect(narrowed.urls.length).toBeLessThan(all.urls.length);
      expect(new Set(narrowed.categories)).toEqual(new Set(['Understanding IOPs']));
      expect(narrowed.categories.length).toBe(narrowed.urls.length);
      // Changing the filter in the page re-runs the search.
      await page.getByRole('radio', { name: 'All topics' }).check();
      await expect.poll(() => page.locator('[data-search-results] [role="option"]').count()).toBe(all.urls.length);
    } finally {
      await page.close();
    }
  });

  it('with fewer than three full matches, adds pages with most of the words below them, labelled', async () => {
    const page = await newPage();
    try {
      await page.goto(`${server.origin}/fr/search/`);
      // Two words that only the glossary has together, and many pages have one of.
      const { urls, langs, partial, status } = await searchInBox(page, 'naloxone assurance');
      const counts = /Pages avec tous vos mots : (\d+)\. Pages avec une partie de vos mots : (\d+)\./.exec(status);
      expect(counts, status).not.toBeNull();
      const [full, some] = [Number(counts![1]), Number(counts![2])];
      expect(full).toBeGreaterThan(0);
      expect(full).toBeLessThan(3);
      expect(some).toBeGreaterThan(0);
      expect(urls).toHaveLength(full + some);
      expect(urls[0]).toBe('/fr/glossary/');
      // Full matches first, unlabelled; then the partial ones, each labelled in French.
      expect(partial).toEqual([...Array<null>(full).fill(null), ...Array<string>(some).fill('Contient une partie de vos mots')]);
      expect(langs.every((l) => l === null)).toBe(true);
      expect(new Set(urls).size).toBe(urls.length);
      // Three or more full matches: no partial ones.
      const many = await searchInBox(page, 'thérapie de groupe');
      expect(many.urls.length).toBeGreaterThanOrEqual(3);
      expect(many.partial.every((p) => p === null)).toBe(true);
      expect(many.status).toMatch(/^Résultats : \d+$/);
    } finally {
      await page.close();
    }
  });

  it('works by keyboard alone: / and Ctrl+K open, arrows move, Enter opens, Esc closes, terms are highlighted on landing', async () => {
    const page = await newPage();
    try {
      await page.goto(`${server.origin}/en/what-is-an-iop/`);
      const dialog = page.locator('[data-search-dialog]');
      const input = dialog.getByRole('combobox');
      await page.locator('[data-search-trigger]').focus();
      await page.keyboard.press('/');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('outpatient');
      const options = dialog.getByRole('option');
      await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
      // The list shows the whole query's results (not those of a prefix typed on the way).
      await expect.poll(() => options.first().getAttribute('data-url'), { timeout: 15_000 }).toContain('highlight=outpatient');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      expect(await input.getAttribute('aria-controls')).toBe(await dialog.getByRole('listbox').getAttribute('id'));
      await page.keyboard.press('ArrowDown');
      const first = await options.nth(0).getAttribute('id');
      expect(await input.getAttribute('aria-activedescendant')).toBe(first);
      expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowUp');
      expect(await input.getAttribute('aria-activedescendant')).toBe(await options.last().getAttribute('id'));
      await page.keyboard.press('ArrowDown');
      expect(await input.getAttribute('aria-activedescendant')).toBe(first);
      // Each result shows its title, category (when it has one) and an excerpt with the terms marked.
      expect(await dialog.locator('.search-result__title').count()).toBe(await options.count());
      expect(await dialog.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
      expect(await dialog.locator('.search-result__category').allTextContents()).toContain('Understanding IOPs');
      // Esc closes and gives focus back to the trigger.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).toBe(true);
      // Ctrl+K opens again, the query is kept; Enter opens the active result.
      await page.keyboard.press('Control+k');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 10_000 }).toBe(true);
      await page.keyboard.press('ArrowDown');
      const target = new URL((await options.nth(0).getAttribute('data-url'))!, server.origin);
      await Promise.all([page.waitForURL((url) => url.pathname === target.pathname && url.searchParams.has('highlight'), { waitUntil: 'commit' }), page.keyboard.press('Enter')]);
      await expect.poll(() => page.locator('[data-pagefind-body] mark.search-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // The terms were taken out of the address bar as they were read (history keeps no search terms).
      expect(new URL(page.url()).search).toBe('');
      // The trigger is reachable and works with Tab and Enter.
      await page.goto(`${server.origin}/en/what-is-an-iop/`);
      await page.locator('[data-search-trigger]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 10_000 }).toBe(true);
      expect(await page.locator('[data-search-trigger]').getAttribute('role')).toBe('button');
    } finally {
      await page.close();
    }
  });

  it('offers English results, labelled, when the reader’s language finds nothing', async () => {
    const page = await newPage();
    try {
      // An English word no Chinese page contains (the Chinese index has no stemmer to stretch it).
      const { urls, langs, status } = await searchOnPage(page, 'zh-Hans', 'sessions');
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
      expect(langs.every((l) => l === 'en')).toBe(true);
      expect(status).toContain('没有找到中文结果。以下是英文结果。');
      const markers = await page.locator('[data-search-results] .search-result__lang').evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('lang')]));
      expect(markers).toEqual(urls.map(() => ['（英文）', 'zh-Hans']));
    } finally {
      await page.close();
    }
  });

  it('is localized and right-to-left in Arabic', async () => {
    const page = await newPage();
    try {
      await page.goto(`${server.origin}/ar/search/`);
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.getByRole('combobox').getAttribute('placeholder')).toBe('مثلًا: العلاج الجماعي');
      expect(await page.locator('[data-search] legend').textContent()).toBe('الفئة');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('بحث');
    } finally {
      await page.close();
    }
  });
});

describe('the search page without JavaScript', () => {
  it('is a plain GET form with every topic listed by category', async () => {
    const { context: noJs } = await sameOriginContext(browser, server.origin, { javaScriptEnabled: false });
    const page = await noJs.newPage();
    try {
      await page.goto(`${server.origin}/en/what-is-an-iop/`);
      // The trigger is a plain link to the search page.
      await page.locator('[data-search-trigger]').click();
      await page.waitForURL(`${server.origin}/en/search/`);
      await page.getByRole('combobox').fill('group therapy');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === 'group therapy');
      const notice = page.locator('noscript .notice');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('Search needs JavaScript');
      const browse = page.locator('[data-search-browse]');
      const links = await browse.locator('a').evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const topics = builtPages().filter((p) => p.path.startsWith('/en/') && p.html.includes('data-pagefind-filter="category:'));
      expect(topics.length).toBeGreaterThan(0);
      for (const topic of topics) expect(links).toContain(topic.path);
      expect(await browse.getByRole('heading', { level: 3 }).allTextContents()).toContain('Understanding IOPs');
    } finally {
      await noJs.close();
    }
  });
});

describe('cost before use', () => {
  it('a topic page loads no search code, index or WebAssembly until search is opened', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    try {
      await page.goto(`${server.origin}/en/what-is-an-iop/`, { waitUntil: 'networkidle' });
      const html = readFileSync(join(DIST, 'en/what-is-an-iop/index.html'), 'utf8');
      const client = /data-search-client="([^"]+)"/.exec(html)?.[1];
      expect(client).toBeTruthy();
      expect(requests.filter((p) => p.includes('/pagefind/') || p.endsWith('.wasm') || p === client)).toEqual([]);
      await page.keyboard.press('Control+k');
      await expect.poll(() => requests.some((p) => p.includes('/pagefind/pagefind-entry.json')), { timeout: 15_000 }).toBe(true);
      // The entry names the page's language (metaCacheTag), so the offline worker knows whose saved copy answers.
      expect(server.requests).toContain('/pagefind/pagefind-entry.json?ts=en');
      expect(requests).toContain(client);
    } finally {
      await page.close();
    }
  });

  it('the trigger is at most 1 KB gzip (its module and what only it imports, minified as the page script is)', async () => {
    // Every page bundles the trigger into its one page script (src/scripts/page.ts); this measures the trigger's share of it.
    const { outputFiles } = await build({ entryPoints: ['src/search/trigger.ts'], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
    const bytes = gzipSync(outputFiles[0]!.contents, { level: 9 }).length;
    console.log(`search trigger: ${bytes} bytes gzip`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(1024);
  });
});

describe('accessibility', () => {
  it('the open dialog with results and the search page pass axe', async () => {
    // axe is injected by evaluation, so this context bypasses the page CSP (the other tests keep it).
    const { context: axeContext } = await sameOriginContext(browser, server.origin, { bypassCSP: true });
    const page = await axeContext.newPage();
    const axeSource = readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const audit = async (include: string) => {
      await page.evaluate(axeSource);
      const result = (await page.evaluate(`axe.run(${JSON.stringify(include)}, { resultTypes: ['violations'] })`)) as {
        violations: { id: string; nodes: { target: string[] }[] }[];
      };
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    try {
      await page.goto(`${server.origin}/en/what-is-an-iop/`);
      await page.keyboard.press('Control+k');
      await page.locator('[data-search-dialog] [data-search-input]').fill('outpatient');
      await expect.poll(() => page.locator('[data-search-dialog] [role="option"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await page.keyboard.press('ArrowDown');
      expect(await audit('[data-search-dialog]')).toEqual([]);
      await page.goto(`${server.origin}/ar/search/?q=outpatient`);
      await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await audit('main')).toEqual([]);
    } finally {
      await axeContext.close();
    }
  });
});

describe('privacy and CSP', () => {
  it('no request left the site’s origin and nothing was blocked by the CSP', () => {
    expect(foreign).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
