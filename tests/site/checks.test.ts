import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { auditPage } from './checks/browser.ts';
import { findBrokenLinks } from './checks/links.ts';
import { validateHtml } from './checks/html.ts';

// Each whole-site check, fed a page that breaks its rule, must report it,
// naming the page; a good page passes them all. The request, cookie and CSP
// checks are tried without axe, as most pages get them.
const fixtures = mkdtempSync(join(tmpdir(), 'bad-pages-'));
let site: StaticServer;
let thirdParty: StaticServer;
let browser: Browser;
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

beforeAll(async () => {
  cpSync('tests/fixtures/bad-pages', fixtures, { recursive: true });
  thirdParty = await serveStatic(fixtures);
  writeFileSync(join(fixtures, 'requests.html'), read('requests.html').replace('THIRD_PARTY', thirdParty.origin));
  site = await serveStatic(fixtures);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await thirdParty?.close();
});

const audit = (name: string, options: { axe?: boolean } = {}) => auditPage(browser, site.origin, `/${name}`, options);

describe('whole-site checks catch a bad page', () => {
  it('a good page passes every check', async () => {
    expect(await audit('good.html')).toEqual([]);
    expect(await validateHtml('/good.html', read('good.html'))).toEqual([]);
  });

  it('axe reports an image without a text alternative', async () => {
    const problems = await audit('axe.html');
    expect(problems).toContainEqual(expect.objectContaining({ page: '/axe.html', check: 'axe', message: expect.stringContaining('image-alt') }));
  });

  it('the link check reports a missing page and a missing #anchor', () => {
    const pages = ['good.html', 'links.html'].map((name) => ({ path: `/${name}`, html: read(name) }));
    const problems = findBrokenLinks(pages, new Set(['/good.html', '/links.html', '/pixel.svg']), site.origin);
    expect(problems).toEqual([
      { page: '/links.html', check: 'links', message: 'broken link to /missing-page/' },
      { page: '/links.html', check: 'links', message: 'link to /good.html#nowhere: no element with id "nowhere"' },
    ]);
  });

  it('html-validate reports bad nesting', async () => {
    const problems = await validateHtml('/html.html', read('html.html'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ page: '/html.html', check: 'html' });
  });

  it('the request check reports a request to another origin', async () => {
    const problems = await audit('requests.html', { axe: false });
    expect(problems).toContainEqual({ page: '/requests.html', check: 'requests', message: `request to ${thirdParty.origin}/tracker.svg` });
  });

  it('the cookie check reports a cookie', async () => {
    const problems = await audit('cookies.html', { axe: false });
    expect(problems).toContainEqual(expect.objectContaining({ page: '/cookies.html', check: 'cookies', message: expect.stringContaining('tracking') }));
  });

  it('the CSP check reports a blocked inline script', async () => {
    const problems = await audit('csp.html', { axe: false });
    expect(problems).toContainEqual(expect.objectContaining({ page: '/csp.html', check: 'csp', message: expect.stringContaining('script-src') }));
  });
});
