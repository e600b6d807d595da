import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSite } from '../support/build.ts';
import { builtFiles, builtPages } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { findBrokenLinks } from './checks/links.ts';
import { formatProblems } from './checks/problem.ts';

// The site must work when served from https://example.org/some/path/.
const BASE = '/some/path/';
const outDir = mkdtempSync(join(tmpdir(), 'iop-subpath-'));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  buildSite({ outDir, env: { BASE_PATH: BASE } });
  server = await serveStatic(outDir, { base: BASE });
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe(`served from a sub-path (${BASE})`, () => {
  it('every internal link and asset resolves under the base', () => {
    const pages = builtPages(outDir, BASE);
    expect(pages.length).toBeGreaterThan(30);
    expect(formatProblems(findBrokenLinks(pages, new Set(builtFiles(outDir, BASE)), 'http://127.0.0.1:1'))).toBe('');
  });

  it.each(['', 'en/', 'es/help/', 'ar/group-therapy/'])('%s loads every request from under the base, with no error', async (path) => {
    const page = await browser.newPage();
    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE)) outside.push(r.url());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${server.origin}${BASE}${path}`, { waitUntil: 'load' });
    await page.close();
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
  });
});
