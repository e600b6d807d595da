import { describe, expect, it } from 'vitest';
import { BASE_PATH_BUILD } from '../support/build.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { builtFiles, builtPages } from '../support/dist.ts';
import { findBrokenLinks } from './checks/links.ts';
import { formatProblems } from './checks/problem.ts';

// The site must work when served from https://example.org/some/path/.
const site = useBuiltSite(BASE_PATH_BUILD);
const BASE = site.base;

describe(`served from a sub-path (${BASE})`, () => {
  it('every internal link and asset resolves under the base', () => {
    const pages = builtPages(site.root, BASE);
    expect(pages.length).toBeGreaterThan(30);
    expect(formatProblems(findBrokenLinks(pages, new Set(builtFiles(site.root, BASE)), 'http://127.0.0.1:1'))).toBe('');
  });

  it.each(['', 'en/', 'es/help/', 'ar/group-therapy/'])('%s loads every request from under the base, with no error', async (path) => {
    const page = await site.browser.newPage();
    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE)) outside.push(r.url());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${site.origin}${BASE}${path}`, { waitUntil: 'load' });
    await page.close();
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
  });
});
