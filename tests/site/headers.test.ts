/**
 * The generated header rules, served: a server that applies exactly
 * `dist/_deploy/headers.json` (as a host reading `_headers` would), one
 * page of each template loaded in full, a search and the widget files
 * fetched by a partner, each response checked against the rules for its
 * path and against what the rules are for; the service worker registers
 * under the header policy. Every other page gets the same
 * checks on every response as it is audited in whole-site.test.ts, which
 * serves the build the same way.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { widgetFileNames } from '../../src/widgets/build/file-names.ts';
import { launchChromium } from '../support/browser.ts';
import { builtHeaderRules, DIST, headerRulesFile } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { intentMismatches, ruleMismatches, seenResponse, type SeenResponse } from './checks/headers.ts';

const rules = builtHeaderRules();
/** One page of each template, loaded in full. */
const TEMPLATES = ['/', '/en/', '/en/what-is-an-iop/', '/en/understanding/', '/en/glossary/', '/en/help/', '/en/search/', '/en/embed/', '/ar/', '/404.html'];

let server: StaticServer;
let browser: Browser;
/** A partner's page on another origin, with no policy of its own, that fetches the widget files. */
let partner: Server;
const seen = new Map<string, SeenResponse>();
const problems: string[] = [];

/** Records a response's headers as Chromium received them. */
async function record(response: Response): Promise<void> {
  const result = await seenResponse(response);
  if (typeof result === 'string') problems.push(result);
  else seen.set(result.path, result);
}

/** A page in a fresh context (empty caches; no service worker unless `worker`), reporting its console errors. */
async function freshPage(label: string, worker = false): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ serviceWorkers: worker ? 'allow' : 'block' });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`${label}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${label}: ${e.message}`));
  return { page, close: () => context.close() };
}

/**
 * Loads a page in full and records every response of its own origin. With
 * `worker`, the service worker may register, and its script's response is
 * recorded too (what the worker fetches itself may come from Chromium's HTTP
 * cache, which keeps no security headers, so it is left out).
 */
async function loadFully(path: string, then?: (page: Page) => Promise<void>, worker = false): Promise<void> {
  const { page, close } = await freshPage(path, worker);
  const responses: Response[] = [];
  page.on('response', (r) => void (new URL(r.url()).origin === server.origin && responses.push(r)));
  if (worker) page.context().on('response', (r) => void (r.request().serviceWorker() && new URL(r.url()).pathname === '/sw.js' && responses.push(r)));
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await then?.(page);
  await Promise.all(responses.map(record));
  await close();
}

beforeAll(async () => {
  server = await serveStatic(DIST, { rules: headerRulesFile() });
  browser = await launchChromium();
  // One page of each template in full, and a search from the dialog: the search client, then
  // Pagefind's entry, WebAssembly, index and fragments. All at once: each waits mostly on Chromium.
  await Promise.all([
    ...TEMPLATES.map((path) => loadFully(path)),
    loadFully('/en/what-is-an-iop/', async (page) => {
      await page.keyboard.press('/');
      await page.locator('[data-search-dialog] [role="combobox"]').fill('group therapy');
      await page.locator('[data-search-dialog] [role="option"]').first().waitFor({ timeout: 15_000 });
    }),
    // The service worker registers under the header policy, as on a first visit.
    loadFully('/fr/', async (page) => {
      const ready = page.evaluate(async () => !!(await navigator.serviceWorker.ready).active);
      const active = await Promise.race([ready, sleep(15_000, false)]);
      if (!active) problems.push('/fr/: the service worker did not become active within 15 s');
    }, true),
  ]);
  // The widget files, fetched cross-origin in CORS mode as a partner's page may.
  partner = createServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Partner</title>'));
  await new Promise<void>((ok) => partner.listen(0, '127.0.0.1', ok));
  const { page, close } = await freshPage('partner');
  const responses: Response[] = [];
  page.on('response', (r) => void (new URL(r.url()).origin === server.origin && responses.push(r)));
  await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`);
  const files = Object.values(widgetFileNames());
  const statuses = await page.evaluate(
    async ({ origin, files }) => Promise.all(files.map(async (f) => (await fetch(`${origin}/widgets/${f}`, { mode: 'cors' })).status)),
    { origin: server.origin, files },
  );
  if (statuses.some((s) => s !== 200)) problems.push(`widget files fetched cross-origin: ${statuses.join(', ')}`);
  await Promise.all(responses.map(record));
  await close();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  partner?.close();
});

describe('responses served with the generated header rules', () => {
  it('loaded every template, a search, the service worker and the widget files', () => {
    const paths = [...seen.keys()];
    expect(TEMPLATES.filter((path) => seen.get(path)?.status !== 200)).toEqual([]);
    for (const pattern of [/^\/_astro\/page-/, /^\/_astro\/client-/, /^\/sw\.js$/, /^\/pagefind\/pagefind\.js$/, /^\/pagefind\/wasm\./, /\.pf_meta$/, /^\/pagefind\/index\//, /^\/pagefind\/fragment\//, /^\/widgets\/iop-widgets\.js$/, /^\/widgets\/iop-widgets\.\d.*\.mjs$/]) {
      expect(paths.some((p) => pattern.test(p)), `no response matched ${pattern}`).toBe(true);
    }
    console.log(`headers: checked ${seen.size} responses against ${rules.length} rules`);
  });

  it('each response carries exactly the headers its rules give', () => {
    const wrong = [...seen.values()].flatMap((response) => ruleMismatches(rules, response).map((w) => `${response.path} ${w}`));
    expect(wrong).toEqual([]);
  });

  it('each response carries what the rules are for: security headers, CORS on widgets only, caching by kind of file', () => {
    const wrong = [...seen.values()].filter((s) => s.status === 200).flatMap((response) => intentMismatches(response).map((w) => `${response.path} ${w}`));
    expect(wrong).toEqual([]);
  });

  it('nothing broke under the header policy and each page’s own', () => {
    expect(problems).toEqual([]);
  });
});
