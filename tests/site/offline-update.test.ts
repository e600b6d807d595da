/**
 * A saved language across a new deploy (issue 10): the site is rebuilt with
 * one changed page and served in place of the old build. On the next visit
 * the saved copy is brought up to date in the background: only files whose
 * revision changed are downloaded, the copy switches in one step (pages and
 * index from the same build), and a notice says so.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { OfflineManifest } from '../../src/offline/manifest.ts';
import { SAVE_HEADER } from '../../src/offline/protocol.ts';
import { gotoOrExplain, launchChromium } from '../support/browser.ts';
import { buildSite, copyProject } from '../support/build.ts';
import { DIST } from '../support/dist.ts';
import { offlineRecord, saveWithPanel } from '../support/offline.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const project = mkdtempSync(join(tmpdir(), 'iop-offline-update-'));
const served = mkdtempSync(join(tmpdir(), 'iop-offline-served-'));
const rebuilt = join(project, 'dist');
/** A word no page has, added to one Spanish topic in the rebuild. */
const NEW_WORD = 'zarzamora';
let server: StaticServer;
let browser: Browser;

const manifestOf = (root: string) => JSON.parse(readFileSync(join(root, 'offline', 'es.json'), 'utf8')) as OfflineManifest;
/** Serves `root` from now on, as a deploy replaces the files. */
const deploy = (root: string) => {
  rmSync(served, { recursive: true, force: true });
  cpSync(root, served, { recursive: true });
};

beforeAll(async () => {
  copyProject(project);
  appendFileSync(join(project, 'src/content/topics/es/group-therapy.mdx'), `\nUna palabra nueva para esta prueba: ${NEW_WORD}.\n`);
  buildSite({ cwd: project, outDir: rebuilt });
  deploy(DIST);
  server = await serveStatic(served);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(project, { recursive: true, force: true });
  rmSync(served, { recursive: true, force: true });
});

describe('a saved language after a new deploy', () => {
  it('downloads only the changed files, switches pages and index together, and says when it was updated', async () => {
    const before = manifestOf(DIST);
    const after = manifestOf(rebuilt);
    const had = new Set(before.files.map((f) => `${f.url} ${f.revision}`));
    const changed = after.files.filter((f) => !had.has(`${f.url} ${f.revision}`));
    expect(after.revision).not.toBe(before.revision);

    const context = await browser.newContext();
    const page = await context.newPage();
    await saveWithPanel(page, server.origin, 'es');
    expect((await offlineRecord(page))?.saved['es']?.revision).toBe(before.revision);

    await context.setOffline(true);
    deploy(rebuilt);
    await page.goto(`${server.origin}/es/group-therapy/`);
    expect(await page.locator('main').textContent(), 'offline, the saved copy is read').not.toContain(NEW_WORD);

    await context.setOffline(false);
    const downloads: string[] = [];
    context.on('request', (request) => {
      if (request.headers()[SAVE_HEADER]) downloads.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.origin}/es/`);
    await page.locator('[data-offline-updated]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-offline-updated]').textContent()).toMatch(/español.*\d/);
    const fetched = downloads.filter((path) => !path.startsWith('/offline/'));
    const changedBytes = changed.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`offline update after a one-page change: ${fetched.length} of ${after.files.length} files downloaded again, ${changedBytes} of ${after.bytes} bytes`);
    expect(fetched.sort()).toEqual(changed.map((f) => f.url).sort());
    expect(fetched.filter((path) => path.startsWith('/_astro/'))).toEqual([]);

    const record = await offlineRecord(page);
    expect(record?.saved['es']?.revision).toBe(after.revision);
    expect(record?.pending).toEqual({});
    expect((await page.evaluate(() => caches.keys())).filter((k) => k.startsWith('iop-saved-es-'))).toEqual([record!.saved['es']!.cache]);

    // Offline again: the new page and the new index, together.
    await context.setOffline(true);
    await page.goto(`${server.origin}/es/group-therapy/`);
    expect(await page.locator('main').textContent()).toContain(NEW_WORD);
    // Once in about twenty full runs this load stalled for 30 s; if it does again, the error says on what.
    await gotoOrExplain(page, `${server.origin}/es/search/`);
    await page.locator('[data-search-input]').fill(NEW_WORD);
    await expect.poll(() => page.$$eval('[data-search-results] [role="option"]', (o) => o.map((e) => (e as HTMLElement).dataset['url']!.split('?')[0]))).toEqual(['/es/group-therapy/']);
    await context.close();
  });

  it('a save cut off by a closed tab is offered for resuming, keeps what it stored, and is never served half-done', async () => {
    deploy(rebuilt);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/fr/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Slow the downloads so the tab can close in the middle.
    let served = 0;
    await context.route('**/*', async (route) => {
      if (route.request().headers()[SAVE_HEADER] && !route.request().url().includes('/offline/')) {
        served++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await route.continue();
    });
    await page.locator('[data-offline-panel]').scrollIntoViewIfNeeded();
    await page.locator('[data-offline-save]').click();
    await expect.poll(() => served, { timeout: 30_000 }).toBeGreaterThan(20);
    await page.close();

    const again = await context.newPage();
    await context.unroute('**/*');
    await again.goto(`${server.origin}/fr/`);
    const record = await offlineRecord(again);
    expect(Object.keys(record?.saved ?? {})).toEqual([]);
    expect(Object.keys(record?.pending ?? {})).toEqual(['fr']);
    const storedBefore = await again.evaluate(async (name) => (await (await caches.open(name)).keys()).length, record!.pending['fr']!.cache);
    expect(storedBefore).toBeGreaterThan(0);
    await again.locator('[data-offline-resume]').waitFor({ state: 'visible' });
    // Not saved, so offline an unvisited French page is the offline page, not a half copy.
    await context.setOffline(true);
    await again.goto(`${server.origin}/fr/cost-and-insurance/`);
    expect(await again.locator('[data-offline-saved]').count()).toBe(1);
    await context.setOffline(false);

    const downloads: string[] = [];
    context.on('request', (request) => {
      if (request.headers()[SAVE_HEADER] && !request.url().includes('/offline/')) downloads.push(request.url());
    });
    await again.goto(`${server.origin}/fr/`);
    await again.locator('[data-offline-resume]').click();
    await expect.poll(async () => !!(await offlineRecord(again))?.saved['fr'], { timeout: 60_000 }).toBe(true);
    await again.locator('[data-offline-resume]').waitFor({ state: 'hidden' });
    const total = (JSON.parse(readFileSync(join(rebuilt, 'offline', 'fr.json'), 'utf8')) as OfflineManifest).files.length;
    console.log(`resumed save: ${storedBefore} files kept from before the tab closed, ${downloads.length} of ${total} downloaded after`);
    // Nothing stored before the close is downloaded again (a hashed file may also come from the HTTP cache).
    expect(downloads.length).toBeLessThanOrEqual(total - storedBefore);
    const finished = (await offlineRecord(again))!.saved['fr']!;
    const keys = await again.evaluate(async (name) => (await (await caches.open(name)).keys()).length, finished.cache);
    expect(keys).toBe(total + 1);
    expect(finished.files).toBe(total);
    expect((await offlineRecord(again))?.pending).toEqual({});
    await context.close();
  });
});
