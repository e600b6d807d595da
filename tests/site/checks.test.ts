import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { headerRules } from '../../src/deploy/rules.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { auditPage, openAuditTab } from './checks/browser.ts';
import { metaPolicyCovered } from './checks/headers.ts';
import { findBrokenLinks } from './checks/links.ts';
import { validateHtml } from './checks/html.ts';

// Each whole-site check, fed a page that breaks its rule, must report it,
// naming the page; a good page passes them all. The request, cookie and CSP
// checks are tried without axe, as most pages get them. The header check
// compares against rules made for the fixtures as the build makes them: a
// server that applies them passes, one that does not is reported.
const fixtures = mkdtempSync(join(tmpdir(), 'bad-pages-'));
const CSP = "default-src 'self'; script-src 'self'; frame-ancestors 'none'";
const fixtureFiles = readdirSync('tests/fixtures/bad-pages', { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join('tests/fixtures/bad-pages', f)).isFile());
const rules = headerRules({ base: '/', csp: CSP, files: fixtureFiles, versionedWidgets: [] });
let site: StaticServer;
let hosted: StaticServer;
let thirdParty: StaticServer;
let browser: Browser;
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

beforeAll(async () => {
  cpSync('tests/fixtures/bad-pages', fixtures, { recursive: true });
  thirdParty = await serveStatic(fixtures);
  writeFileSync(join(fixtures, 'requests.html'), read('requests.html').replace('THIRD_PARTY', thirdParty.origin));
  site = await serveStatic(fixtures);
  const rulesFile = join(fixtures, 'rules.json');
  writeFileSync(rulesFile, JSON.stringify(rules));
  hosted = await serveStatic(fixtures, { rules: rulesFile });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await hosted?.close();
  await thirdParty?.close();
});

const audit = (name: string, options: Parameters<typeof auditPage>[3] = {}) => auditPage(browser, site.origin, `/${name}`, options);

describe('whole-site checks catch a bad page', () => {
  it('a good page passes every check', async () => {
    expect(await audit('good.html')).toEqual([]);
    expect(await auditPage(browser, hosted.origin, '/good.html', { rules })).toEqual([]);
    expect(await validateHtml('/good.html', read('good.html'))).toEqual([]);
  });

  it('the header check reports a response without the headers its rules give', async () => {
    const problems = await audit('good.html', { axe: false, rules });
    expect(problems).toContainEqual({ page: '/good.html', check: 'headers', message: '/good.html Content-Security-Policy: (none)' });
    expect(problems).toContainEqual({ page: '/good.html', check: 'headers', message: '/good.html cache-control: no-store' });
  });

  it('the header check reports a page whose own policy allows more than its header policy', () => {
    const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
    expect(metaPolicyCovered(rules, '/good.html', meta("default-src 'self'; script-src 'self'"))).toBe(true);
    expect(metaPolicyCovered(rules, '/good.html', meta("default-src 'self'; script-src 'self' https://cdn.example"))).toBe(false);
    expect(metaPolicyCovered(rules, '/good.html', '<title>No policy</title>')).toBe(false);
  });

  it('axe reports an image without a text alternative', async () => {
    const problems = await audit('axe.html');
    expect(problems).toContainEqual(expect.objectContaining({ page: '/axe.html', check: 'axe', message: expect.stringContaining('image-alt') }));
  });

  it('the link check reports a missing page and a missing #anchor', () => {
    const pages = ['good.html', 'links.html'].map((name) => ({ path: `/${name}`, html: read(name) }));
    const problems = findBrokenLinks(pages, new Set(['/good.html', '/links.html', '/_astro/pixel-Bx3kT9qa.svg']), site.origin);
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

  it('a tab auditing page after page reports each problem on its own page and checks every response of each again', async () => {
    const plain = await openAuditTab(browser, site.origin);
    try {
      const cookies = await plain.audit('/cookies.html', { axe: false });
      expect(cookies.filter((p) => p.check === 'cookies').map((p) => p.page)).toEqual(['/cookies.html']);
      expect(await plain.audit('/good.html', { axe: false }), 'the cookie is cleared after its page').toEqual([]);
    } finally {
      await plain.close();
    }
    // Rules that ask the hashed image for one header more than the server sends: the miss
    // shows on each visit only if the image is fetched each time, not answered from the cache.
    const stricter = rules.map((r) => (r.path === '/_astro/*' ? { ...r, headers: { ...r.headers, 'X-Checked': 'yes' } } : r));
    const hostedTab = await openAuditTab(browser, hosted.origin, { rules: stricter });
    try {
      for (let visit = 0; visit < 2; visit++) {
        // The page also names the image as its icon, which Chromium may fetch once more.
        const problems = await hostedTab.audit('/good.html', { axe: false });
        expect(new Set(problems.map((p) => `${p.page} ${p.check} ${p.message}`))).toEqual(new Set(['/good.html headers /_astro/pixel-Bx3kT9qa.svg X-Checked: (none)']));
      }
    } finally {
      await hostedTab.close();
    }
  });
});
