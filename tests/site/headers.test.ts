/**
 * The generated header rules, served: a server that applies exactly
 * `dist/_deploy/headers.json` (as a host reading `_headers` would), every
 * page and a search walked in Chromium, and each response checked against
 * the rules for its path and against what the rules are for.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { coversPolicy, metaPolicy, parsePolicy } from '../../src/deploy/csp.ts';
import { CACHE, DEPLOY_OUTPUT, headersFor, type HeaderRule } from '../../src/deploy/rules.ts';
import { widgetFileNames } from '../../src/widgets/build/file-names.ts';
import { launchChromium } from '../support/browser.ts';
import { builtPages, DIST } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const RULES_FILE = `${DIST}/${DEPLOY_OUTPUT.json}`;
const rules = JSON.parse(readFileSync(RULES_FILE, 'utf8')) as HeaderRule[];
const pages = builtPages();
const WALKERS = 3;
/** One page of each template, loaded in full; every page is checked at its HTML response. */
const TEMPLATES = ['/', '/en/', '/en/what-is-an-iop/', '/en/understanding/', '/en/glossary/', '/en/help/', '/en/search/', '/en/embed/', '/ar/', '/404.html'];

interface Seen {
  readonly path: string;
  readonly status: number;
  readonly headers: Record<string, string>;
}

let server: StaticServer;
let browser: Browser;
/** A partner's page on another origin, with no policy of its own, that fetches the widget files. */
let partner: Server;
const seen = new Map<string, Seen>();
const problems: string[] = [];

/** Records a response's headers as Chromium received them; notes a problem instead of hanging if they never come. */
async function record(response: Response | null, at: string): Promise<void> {
  if (!response) return void problems.push(`${at}: no response`);
  const path = new URL(response.url()).pathname;
  const headers = await Promise.race([response.allHeaders(), new Promise<undefined>((ok) => setTimeout(ok, 10_000))]);
  if (!headers) return void problems.push(`${path}: Chromium reported no headers`);
  seen.set(path, { path, status: response.status(), headers });
}

/** A page in a fresh context (no service worker, empty caches), reporting its console errors. */
async function freshPage(label: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`${label}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${label}: ${e.message}`));
  return { page, close: () => context.close() };
}

/** Loads a page in full and records every response of its own origin. */
async function loadFully(path: string, then?: (page: Page) => Promise<void>): Promise<void> {
  const { page, close } = await freshPage(path);
  const responses: Response[] = [];
  page.on('response', (r) => void (new URL(r.url()).origin === server.origin && responses.push(r)));
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await then?.(page);
  await Promise.all(responses.map((r) => record(r, path)));
  await close();
}

beforeAll(async () => {
  server = await serveStatic(DIST, { rules: RULES_FILE });
  browser = await launchChromium();
  // Every page, at its HTML response (scripts and styles are the same on every page of a template).
  const queue = pages.map((p) => p.path);
  const walk = async () => {
    const { page, close } = await freshPage('walk');
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await record(await page.goto(server.origin + path, { waitUntil: 'commit' }), path);
    }
    await close();
  };
  await Promise.all(Array.from({ length: WALKERS }, walk));
  // One page of each template in full, and a search from the dialog: the search client, then
  // Pagefind's entry, WebAssembly, index and fragments.
  for (const path of TEMPLATES) await loadFully(path);
  await loadFully('/en/what-is-an-iop/', async (page) => {
    await page.keyboard.press('/');
    await page.locator('[data-search-dialog] [role="combobox"]').fill('group therapy');
    await page.locator('[data-search-dialog] [role="option"]').first().waitFor({ timeout: 15_000 });
  });
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
  await Promise.all(responses.map((r) => record(r, 'partner')));
  await close();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  partner?.close();
});

/** What a response at this path must carry, from what the rules are for (not from the rules themselves). */
function intent(path: string, headers: Record<string, string>): string[] {
  const wrong: string[] = [];
  const expectHeader = (name: string, ok: (value: string | undefined) => boolean) => {
    if (!ok(headers[name])) wrong.push(`${name}: ${headers[name] ?? '(none)'}`);
  };
  expectHeader('content-security-policy', (v) => !!v && /frame-ancestors 'none'/.test(v) && /script-src 'self'/.test(v) && !/unsafe-inline/.test(v));
  expectHeader('strict-transport-security', (v) => Number(/max-age=(\d+)/.exec(v ?? '')?.[1]) >= 31_536_000);
  expectHeader('referrer-policy', (v) => v === 'no-referrer');
  expectHeader('x-content-type-options', (v) => v === 'nosniff');
  expectHeader('cross-origin-opener-policy', (v) => v === 'same-origin');
  expectHeader('permissions-policy', (v) => ['camera', 'microphone', 'geolocation', 'payment', 'usb'].every((f) => v?.includes(`${f}=()`)));
  const widget = path.startsWith('/widgets/');
  expectHeader('access-control-allow-origin', (v) => v === (widget ? '*' : undefined));
  expectHeader('cross-origin-resource-policy', (v) => v === (widget ? 'cross-origin' : undefined));
  const names = widgetFileNames();
  const hashed =
    path.startsWith('/_astro/') ||
    /^\/pagefind\/(index|fragment|filter)\//.test(path) ||
    /\.pf_meta$/.test(path) ||
    path === `/widgets/${names.script}` ||
    path === `/widgets/${names.module}`;
  expectHeader('cache-control', (v) => v === (hashed ? CACHE.immutable : CACHE.revalidate));
  return wrong;
}

describe('responses served with the generated header rules', () => {
  it('walked every page, a search and the widget files', () => {
    const paths = [...seen.keys()];
    expect(pages.filter((p) => seen.get(p.path)?.status !== 200).map((p) => p.path)).toEqual([]);
    for (const pattern of [/^\/_astro\/page-/, /^\/_astro\/client-/, /^\/pagefind\/pagefind\.js$/, /^\/pagefind\/wasm\./, /\.pf_meta$/, /^\/pagefind\/index\//, /^\/pagefind\/fragment\//, /^\/widgets\/iop-widgets\.js$/, /^\/widgets\/iop-widgets\.\d.*\.mjs$/]) {
      expect(paths.some((p) => pattern.test(p)), `no response matched ${pattern}`).toBe(true);
    }
    console.log(`headers: checked ${seen.size} responses against ${rules.length} rules`);
  });

  it('each response carries exactly the headers its rules give', () => {
    const wrong = [...seen.values()].flatMap(({ path, headers }) =>
      Object.entries(headersFor(rules, path))
        .filter(([name, value]) => headers[name.toLowerCase()] !== value)
        .map(([name]) => `${path} ${name}: ${headers[name.toLowerCase()] ?? '(none)'}`),
    );
    expect(wrong).toEqual([]);
  });

  it('each response carries what the rules are for: security headers, CORS on widgets only, caching by kind of file', () => {
    const wrong = [...seen.values()].filter((s) => s.status === 200).flatMap(({ path, headers }) => intent(path, headers).map((w) => `${path} ${w}`));
    expect(wrong).toEqual([]);
  });

  it('every page’s own <meta> policy is covered by the header policy, and nothing broke under both', () => {
    const uncovered = pages.filter((p) => {
      const header = seen.get(p.path)?.headers['content-security-policy'];
      const meta = metaPolicy(p.html);
      return !header || !meta || !coversPolicy(parsePolicy(header), parsePolicy(meta));
    });
    expect(uncovered.map((p) => p.path)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
