import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { builtFiles, builtHeaderRules, builtPages } from '../support/dist.ts';
import { costlyCheckPages, routesOf, templatesOf } from '../support/templates.ts';
import { openAuditTab } from './checks/browser.ts';
import { metaPolicyCovered } from './checks/headers.ts';
import { findBrokenLinks } from './checks/links.ts';
import { validateHtml } from './checks/html.ts';
import { formatProblems, type Problem } from './checks/problem.ts';

const AUDIT_CONCURRENCY = 4;

// Whole-site checks over the production build, served with exactly its
// generated header rules as a host would: the cheap ones on every page
// (headers included: every response of every page is checked against its
// rules; headers.test.ts adds search and the widget files), axe on every
// English page and on one left-to-right and one right-to-left page of every
// template (see tests/support/templates.ts).
const pages = templatesOf(builtPages());
const files = new Set(builtFiles());
const rules = builtHeaderRules();
const axePages = costlyCheckPages(pages);
const axePaths = new Set(axePages.map((p) => p.path));
const site = useBuiltSite('dist', { hostHeaders: true });

describe('the build', () => {
  it(`has every page (${pages.length} found)`, () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('has no broken internal link or #anchor', () => {
    expect(formatProblems(findBrokenLinks(pages, files, 'http://127.0.0.1:1'))).toBe('');
  });

  it('gives every page a header policy that covers its own <meta> policy', () => {
    expect(pages.filter((p) => !metaPolicyCovered(rules, p.path, p.html)).map((p) => p.path)).toEqual([]);
  });

  it('renders a page from every route file in src/pages, in both directions where localized', () => {
    const templates = new Set(pages.map((p) => p.template.split(' ')[0]));
    expect(routesOf().map((r) => r.file).filter((file) => !templates.has(file))).toEqual([]);
    const rtl = new Set(pages.filter((p) => p.dir === 'rtl').map((p) => p.template));
    expect(rtl.size, 'an Arabic page per localized template').toBeGreaterThan(3);
    for (const template of rtl) expect(axePages.some((p) => p.template === template && p.dir === 'rtl'), template).toBe(true);
    for (const template of new Set(pages.map((p) => p.template))) {
      expect(axePages.some((p) => p.template === template && p.dir === 'ltr'), template).toBe(true);
    }
  });
});

describe('every page is valid HTML', () => {
  it.each(pages.map((p) => [p.path, p.html] as const))('%s', async (path, html) => {
    expect(formatProblems(await validateHtml(path, html))).toBe('');
  });
});

// One load per page, in a few tabs at once so Chromium uses both cores: it
// gives requests, cookies, console, CSP and headers, and axe where chosen.
// All loads start before the first test; each test waits only for its own page.
const audits = new Map<string, Promise<Problem[]>>();
beforeAll(() => {
  const queue = pages.map((p) => p.path);
  const waiting = new Map(queue.map((path) => [path, Promise.withResolvers<Problem[]>()]));
  for (const [path, { promise }] of waiting) {
    audits.set(path, promise);
    promise.catch(() => undefined); // reported by the page's own test
  }
  const worker = async () => {
    const tab = await openAuditTab(site.browser, site.origin, { rules });
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const { resolve, reject } = waiting.get(path)!;
      await tab.audit(path, { axe: axePaths.has(path) }).then(resolve, reject);
    }
    await tab.close();
  };
  // A tab that cannot open leaves the queue to the others, or fails what is left.
  const failRest = (error: unknown) => queue.splice(0).forEach((path) => waiting.get(path)!.reject(error));
  for (let i = 0; i < AUDIT_CONCURRENCY; i++) void worker().catch(failRest);
});
const problemsOf = async (path: string, axe: boolean) =>
  formatProblems((await audits.get(path)!).filter((p) => (p.check === 'axe') === axe));

describe('every page requests only its own origin, sets no cookie, logs no error, breaks no CSP rule, gets the headers its rules give', () => {
  it.each(pages.map((p) => p.path))('%s', async (path) => {
    expect(await problemsOf(path, false)).toBe('');
  });
});

describe(`axe (WCAG 2.2 AA) passes on every English page and every template in both directions (${axePages.length} pages)`, () => {
  it.each(axePages.map((p) => [p.path, p.template, p.dir] as const))('%s (%s, %s)', async (path) => {
    expect(await problemsOf(path, true)).toBe('');
  });
});
