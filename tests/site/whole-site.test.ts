import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { builtFiles, builtPages } from '../support/dist.ts';
import { auditPage } from './checks/browser.ts';
import { findBrokenLinks } from './checks/links.ts';
import { validateHtml } from './checks/html.ts';
import { formatProblems, type Problem } from './checks/problem.ts';

const AUDIT_CONCURRENCY = 4;

// Whole-site checks over every page of the production build.
const pages = builtPages();
const files = new Set(builtFiles());
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the build', () => {
  it(`has every page (${pages.length} found)`, () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('has no broken internal link or #anchor', () => {
    expect(formatProblems(findBrokenLinks(pages, files, 'http://127.0.0.1:1'))).toBe('');
  });
});

describe('every page is valid HTML', () => {
  it.each(pages.map((p) => [p.path, p.html] as const))('%s', async (path, html) => {
    expect(formatProblems(await validateHtml(path, html))).toBe('');
  });
});

describe('every page passes axe (WCAG 2.2 AA), requests only its own origin, sets no cookie, logs no error, breaks no CSP rule', () => {
  // axe dominates the run time: audit a few pages at once so Chromium uses both cores.
  const audits = new Map<string, Promise<Problem[]>>();
  beforeAll(() => {
    const queue = pages.map((p) => p.path);
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const result = auditPage(browser, server.origin, path);
        audits.set(path, result);
        await result.catch(() => undefined);
      }
    };
    return Promise.all(Array.from({ length: AUDIT_CONCURRENCY }, worker)).then(() => undefined);
  }, 900_000);
  it.each(pages.map((p) => p.path))('%s', async (path) => {
    expect(formatProblems(await audits.get(path)!)).toBe('');
  });
});
