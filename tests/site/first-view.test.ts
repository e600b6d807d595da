/**
 * First-view budgets, measured in Chromium against the build served as a
 * host would serve it: the generated header rules and gzip. A first view is
 * everything a page requests until its `load` event, in a fresh browser.
 * Each page prints its figures; the budgets come from issue 14.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEPLOY_OUTPUT } from '../../src/deploy/rules.ts';
import { launchChromium } from '../support/browser.ts';
import { builtPages, DIST } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const KB = 1024;
const BUDGET = {
  requests: 4,
  /** Script bytes (gzip) before the reader does anything. */
  script: 2 * KB,
  /** The HTML (gzip); 10 KB when it carries the page's CSS inline. */
  html: 8 * KB,
  htmlWithCss: 10 * KB,
  /** Everything transferred, headers included. */
  total: 20 * KB,
};

/** Pages held to every budget: a topic page, one page of each other content template, and the language chooser. */
const BUDGETED = ['/en/what-is-an-iop/', '/en/', '/en/understanding/', '/en/help/', '/en/glossary/', '/'];
/**
 * The partners' guide to the widgets: reference text and code for
 * developers, measured and printed but not held to the HTML budget.
 */
const PARTNERS_GUIDE = /^\/[^/]+\/embed\/$/;
/**
 * Pages measured and printed only: the same topic right-to-left, the
 * largest page, and search and the widgets' guide,
 * which load their features at once by design.
 */
const largest = builtPages()
  .map((p) => ({ path: p.path, bytes: gzipSync(p.html).length }))
  .reduce((a, b) => (b.bytes > a.bytes ? b : a)).path;
const MEASURED = ['/ar/what-is-an-iop/', largest, '/en/search/', '/en/embed/'];

interface FirstView {
  readonly requests: { url: string; type: string; bytes: number }[];
  readonly html: number;
  readonly script: number;
  readonly total: number;
  readonly stylesheets: number;
  readonly renderBlocking: string[];
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST, { rules: `${DIST}/${DEPLOY_OUTPUT.json}`, gzip: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function firstView(path: string): Promise<FirstView> {
  // No service worker: a first visit has none yet, and it registers only after load.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests: import('playwright-core').Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.goto(server.origin + path, { waitUntil: 'load' });
  const renderBlocking = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
      .map((e) => e.name),
  );
  const measured = await Promise.all(
    requests.map(async (r) => {
      await r.response();
      const sizes = await r.sizes();
      return { url: new URL(r.url()).pathname, type: r.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, body: sizes.responseBodySize };
    }),
  );
  await context.close();
  const sum = (type: string) => measured.filter((r) => r.type === type).reduce((n, r) => n + r.body, 0);
  return {
    requests: measured.map(({ url, type, bytes }) => ({ url, type, bytes })),
    html: sum('document'),
    script: sum('script'),
    total: measured.reduce((n, r) => n + r.bytes, 0),
    stylesheets: measured.filter((r) => r.type === 'stylesheet').length,
    renderBlocking,
  };
}

function report(path: string, view: FirstView): void {
  const htmlBudget = view.stylesheets === 0 ? BUDGET.htmlWithCss : BUDGET.html;
  console.log(
    `first view ${path}: ${view.requests.length} requests (${view.requests.map((r) => `${r.type} ${r.url}`).join(', ')}); ` +
      `HTML ${view.html} B gzip (budget ${htmlBudget}${view.stylesheets === 0 ? ', CSS inline' : ''}), ` +
      `script ${view.script} B gzip (budget ${BUDGET.script}), total ${view.total} B transferred (budget ${BUDGET.total}), ` +
      `render-blocking: ${view.renderBlocking.length === 0 ? 'none' : view.renderBlocking.join(', ')}`,
  );
}

describe('first view within budget', () => {
  it.each(BUDGETED)('%s', async (path) => {
    const view = await firstView(path);
    report(path, view);
    expect.soft(view.requests.length, 'requests').toBeLessThanOrEqual(BUDGET.requests);
    expect.soft(view.requests.filter((r) => r.type === 'script').length, 'scripts').toBeLessThanOrEqual(1);
    expect.soft(view.stylesheets, 'stylesheets (CSS is inline)').toBe(0);
    expect.soft(view.renderBlocking, 'render-blocking resources').toEqual([]);
    expect.soft(view.script, 'script bytes').toBeLessThanOrEqual(BUDGET.script);
    expect.soft(view.html, 'HTML bytes').toBeLessThanOrEqual(BUDGET.htmlWithCss);
    expect.soft(view.total, 'bytes transferred').toBeLessThanOrEqual(BUDGET.total);
  });

  it.each(MEASURED)('%s (measured; nothing render-blocking)', async (path) => {
    const view = await firstView(path);
    report(path, view);
    expect(view.renderBlocking).toEqual([]);
  });
});

// The HTML of every page, gzipped here as the test server gzips it: cheap, so
// no page's text can outgrow the budget unseen between the pages above.
describe('every page’s HTML within budget', () => {
  const pages = builtPages().map((p) => ({ path: p.path, html: p.html, bytes: gzipSync(p.html).length }));

  it('carries its CSS inline: no stylesheet to request', () => {
    expect(pages.filter((p) => /<link\b[^>]*\brel="?stylesheet/i.test(p.html)).map((p) => p.path)).toEqual([]);
  });

  it(`is at most ${BUDGET.htmlWithCss} B gzip (the partners' guide printed only)`, () => {
    const held = pages.filter((p) => !PARTNERS_GUIDE.test(p.path)).sort((a, b) => b.bytes - a.bytes);
    const guide = pages.filter((p) => PARTNERS_GUIDE.test(p.path)).sort((a, b) => b.bytes - a.bytes);
    console.log(
      `HTML gzip of ${held.length} pages: largest ${held.slice(0, 3).map((p) => `${p.path} ${p.bytes} B`).join(', ')} (budget ${BUDGET.htmlWithCss}); ` +
        `partners' guide largest ${guide[0]?.path} ${guide[0]?.bytes} B`,
    );
    expect(held.length).toBeGreaterThan(guide.length);
    expect(held.filter((p) => p.bytes > BUDGET.htmlWithCss).map((p) => `${p.path} ${p.bytes} B`)).toEqual([]);
  });
});
