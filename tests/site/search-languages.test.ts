/**
 * Pagefind with every script, before translations exist: a fixture site
 * (tests/fixtures/search/) indexed by the real integration code, queried in
 * Chromium with each locale's queries from `search-queries.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSearchIndex, type IndexSummary } from '../../src/integrations/pagefind.ts';
import { LOCALES, localeInfo } from '../../src/i18n/locales.ts';
import { indexKey } from '../../src/search/bundle.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchChromium, sameOriginContext } from '../support/browser.ts';
import { FIXTURE_EXTRA_QUERIES, FIXTURE_PAGES } from '../fixtures/search/pages.ts';
import { SEARCH_QUERIES } from './search-queries.ts';

const SITE = join('.tmp', `search-fixture-${process.pid}`);
const codes = Object.keys(FIXTURE_PAGES) as (keyof typeof FIXTURE_PAGES)[];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A page shaped like the real layout: ignored chrome, indexed main with filter and meta. */
function html(tag: string, dir: string, main: string, indexed: boolean, description = ''): string {
  return `<!doctype html><html lang="${tag}" dir="${dir}"><head><meta charset="utf-8"><title>x</title>
<meta name="description" content="${escape(description)}" data-pagefind-meta="description[content]"></head><body>
<header data-pagefind-ignore><nav>quokka navigation</nav></header>
<main${indexed ? ' data-pagefind-body' : ''}>${main}</main>
<footer data-pagefind-ignore>quokka footer</footer></body></html>`;
}

let summary: IndexSummary;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let foreign: string[];
let page: Page;

beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true });
  for (const code of codes) {
    const { tag, dir } = localeInfo(code);
    for (const p of FIXTURE_PAGES[code]) {
      mkdirSync(join(SITE, code, p.slug), { recursive: true });
      const main = `<h1>${escape(p.title)}</h1><p>${escape(p.body)}</p>
<span hidden data-pagefind-filter="category:${p.category}"></span><span hidden data-pagefind-meta="category[data-label]" data-label="${p.category} label"></span>`;
      writeFileSync(join(SITE, code, p.slug, 'index.html'), html(tag, dir, main, true, p.body));
    }
    // An English fallback at a translated URL: same <html lang>, no data-pagefind-body.
    mkdirSync(join(SITE, code, 'fallback'), { recursive: true });
    writeFileSync(join(SITE, code, 'fallback', 'index.html'), html(tag, dir, '<article lang="en"><h1>Zebrafish care</h1><p>Zebrafish need clean water.</p></article>', false));
    mkdirSync(join(SITE, code, 'probe'), { recursive: true });
    writeFileSync(join(SITE, code, 'probe', 'index.html'), html(tag, dir, '', false));
  }
  summary = await buildSearchIndex(SITE);
  server = await serveStatic(SITE);
  browser = await launchChromium();
  ({ context, foreign } = await sameOriginContext(browser, server.origin));
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(SITE, { recursive: true, force: true });
});

/** Top-three result paths for a query, searched in the index of the locale's `<html lang>`, optionally filtered by category. */
async function top3(code: string, query: string, category?: string): Promise<{ urls: string[]; labels: string[] }> {
  if (!page.url().endsWith(`/${code}/probe/`)) await page.goto(`${server.origin}/${code}/probe/`);
  // A string, so Vitest does not rewrite the `import()` meant for the browser.
  const script = `(async () => {
    window.pf ??= (await import('/pagefind/pagefind.js')).createInstance({ basePath: '/pagefind/', baseUrl: '/' });
    const response = await window.pf.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(category ? { category } : {})} });
    const data = await Promise.all(response.results.slice(0, 3).map((r) => r.data()));
    return { urls: data.map((d) => d.url), labels: data.map((d) => d.meta.category ?? '') };
  })()`;
  return page.evaluate(script) as Promise<{ urls: string[]; labels: string[] }>;
}

describe('fixture index', () => {
  it('has one index per language, keyed by the lower-cased <html lang> (zh-Hans → zh-hans)', () => {
    expect(Object.keys(summary.languages).sort()).toEqual(codes.map((c) => indexKey(localeInfo(c).tag)).sort());
    for (const code of codes) expect(summary.languages[indexKey(localeInfo(code).tag)]).toBe(FIXTURE_PAGES[code].length);
    const entry = JSON.parse(readFileSync(join(SITE, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toContain('zh-hans');
  });
});

/**
 * The fixture has one sentence per page and no reader words (`searchTerms`),
 * so it takes the first two queries of each language (titles, which its pages
 * carry); the whole table runs against the real index in search.test.ts.
 */
const FIXTURE_QUERY_COUNT = 2;

describe.each(codes.map((code) => [code] as const))('%s in its own script', (code) => {
  it.each(SEARCH_QUERIES[code].slice(0, FIXTURE_QUERY_COUNT).map((q) => [q.query, q.slug] as const))('“%s” finds %s in the top three', async (query, slug) => {
    expect((await top3(code, query)).urls).toContain(`/${code}/${slug}/`);
  });
  it('keeps fallbacks and chrome out of the index', async () => {
    expect((await top3(code, 'zebrafish')).urls).toEqual([]);
    expect((await top3(code, 'quokka')).urls).toEqual([]);
  });
  it('filters by the stable category key and returns the label', async () => {
    const all = await top3(code, SEARCH_QUERIES[code][0]!.query);
    const therapies = await top3(code, SEARCH_QUERIES[code][0]!.query, 'therapies');
    expect(therapies.urls.length).toBeGreaterThan(0);
    expect(new Set(therapies.labels)).toEqual(new Set(['therapies label']));
    expect((await top3(code, SEARCH_QUERIES[code][0]!.query, 'choosing')).urls.every((u) => !therapies.urls.includes(u))).toBe(true);
    expect(all.urls.length).toBeGreaterThan(0);
  });
});

describe('beyond the tables', () => {
  it.each(FIXTURE_EXTRA_QUERIES.map((q) => [q.code, q.query, q.slug] as const))('%s: “%s” finds %s', async (code, query, slug) => {
    expect((await top3(code, query)).urls).toContain(`/${code}/${slug}/`);
  });
  it('made no request outside the origin', () => {
    expect(foreign).toEqual([]);
    expect(LOCALES.length).toBe(6);
  });
});
