/**
 * Offline reading (issue 10) in Chromium, with the network really cut
 * (`context.setOffline(true)`): save a language, read and search it offline
 * with the same results as online, the offline page for what is not saved,
 * no query in any cache key, and quick exit removing every saved copy.
 * Updates across a rebuild are in offline-update.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { QUICK_EXIT_URL } from '../../src/config/site.ts';
import { RUNTIME_CACHES } from '../../src/offline/protocol.ts';
import type { OfflineManifest } from '../../src/offline/manifest.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { allCacheKeys, offlineRecord, saveWithPanel } from '../support/offline.ts';
import { NOTHING, storedBySite, stubExitSite } from '../support/site-storage.ts';
import { SEARCH_QUERIES } from './search-queries.ts';

const site = useBuiltSite();
const manifest = (locale: string) => JSON.parse(readFileSync(join(site.root, 'offline', `${locale}.json`), 'utf8')) as OfflineManifest;

/** The result addresses (without highlight terms) a query shows in a search box on `page`. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  const input = page.locator('[data-search-input]').first();
  // Cleared first: typing searches after a short pause, and until then the
  // status still shows the last query's count, which would pass for this one's.
  await input.fill('');
  await page.waitForFunction(() => document.querySelector('[data-search] [data-search-status]')?.textContent === '');
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const root = document.querySelector('[data-search]')!;
      const status = root.querySelector('[data-search-status]')?.textContent ?? '';
      return (root.querySelector('[data-search-input]') as HTMLInputElement).value === q && status !== '' && status !== root.getAttribute('data-msg-loading');
    },
    query,
  );
  return page.$$eval('[data-search-results] [role="option"]', (options) => options.map((o) => (o as HTMLElement).dataset['url']!.split('?')[0]!));
}

async function newContext(): Promise<BrowserContext> {
  const context = await site.browser.newContext();
  await stubExitSite(context);
  return context;
}

describe('save a language, then read and search it with no connection', () => {
  it('saves Spanish with a size first and a progress bar, then opens six unvisited pages (one typed without its trailing slash) and runs three searches offline, as online', async () => {
    const queries = SEARCH_QUERIES.es.slice(0, 3).map((q) => q.query);
    // Online results first, in a browser with no worker at all.
    const plain = await site.browser.newContext({ serviceWorkers: 'block' });
    const plainPage = await plain.newPage();
    await plainPage.goto(`${site.origin}/es/search/`);
    const online: string[][] = [];
    for (const query of queries) online.push(await resultsFor(plainPage, query));
    await plain.close();
    expect(online.every((urls) => urls.length > 0)).toBe(true);

    const context = await newContext();
    const page = await context.newPage();
    const { progress, sizeText } = await saveWithPanel(page, site.origin, 'es');
    const m = manifest('es');
    expect(sizeText).toContain(`${(Math.round(m.bytes / 100_000) / 10).toFixed(1).replace('.', ',')} MB`);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const record = await offlineRecord(page);
    expect(record?.saved['es']?.revision).toBe(m.revision);
    expect(record?.pending).toEqual({});
    // The saved copy holds exactly the manifest's files, and nothing of another language.
    const keys = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), record!.saved['es']!.cache);
    expect(keys.sort()).toEqual([...m.files.map((f) => f.url), '/offline/es.json'].sort());
    expect(keys.filter((k) => /^\/(en|fr|vi|ar|zh-Hans)\//.test(k) || /\/(en|fr|vi|ar|zh-hans)_[0-9a-f]+\.pf_/.test(k))).toEqual([]);

    await context.setOffline(true);
    const unvisited = m.files.map((f) => f.url).filter((url) => url.startsWith('/es/') && url.endsWith('/') && !['/es/', '/es/help/', '/es/offline/', '/es/search/'].includes(url));
    expect(unvisited.length).toBeGreaterThanOrEqual(6);
    for (const path of unvisited.slice(0, 6)) {
      // The last one typed without its trailing slash, which a host would add.
      const typed = path === unvisited[5] ? path.slice(0, -1) : path;
      await page.goto(site.origin + typed);
      expect(page.url()).toBe(site.origin + path);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      expect(await page.locator('[data-offline-saved]').count(), `${path} is the real page, not the offline page`).toBe(0);
      expect(await page.locator('h1').textContent()).toBeTruthy();
    }
    await page.goto(`${site.origin}/es/search/`);
    const offline: string[][] = [];
    for (const query of queries) offline.push(await resultsFor(page, query));
    expect(offline).toEqual(online);
    // The search dialog too, built from the saved search page.
    await page.goto(`${site.origin}/es/cost-and-insurance/`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] [data-search-input]').fill(queries[0]!);
    await expect.poll(() => page.$$eval('dialog[open] [role="option"]', (o) => o.map((e) => (e as HTMLElement).dataset['url']!.split('?')[0]))).toEqual(online[0]);
    await context.close();
  });
});

describe('what is not saved, offline', () => {
  it('a page of an unsaved language shows the offline page, listing what is saved and linking help; its search says it is offline', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await saveWithPanel(page, site.origin, 'es');
    // Visited online: a French topic, with search used once.
    await page.goto(`${site.origin}/fr/group-therapy/`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] [data-search-input]').waitFor();
    await context.setOffline(true);
    await page.locator('dialog[open] [data-search-input]').fill('thérapie');
    await expect.poll(() => page.locator('dialog[open] [data-search-status]').textContent()).toContain('hors ligne');
    await expect.poll(() => page.locator('dialog[open] [data-search-offline] a').getAttribute('href')).toBe('/es/search/');

    await page.goto(`${site.origin}/fr/family-therapy/`);
    expect(page.url()).toBe(`${site.origin}/fr/family-therapy/`);
    await page.locator('[data-offline-saved]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-offline-saved-item]:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['offlineSavedItem']))).toEqual(['es']);
    expect(await page.locator('main a[href$="/help/"]').count()).toBe(1);
    expect(await page.locator('.help-strip a[href="tel:988"]').count()).toBe(1);
    await context.close();
  });

  it('a visited page of an unsaved language still reads offline', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/vi/group-therapy/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    const title = await page.locator('h1').textContent();
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe(title);
    await context.close();
  });
});

describe('what the worker stores', () => {
  it('at install, only the current language: its help and offline pages and the script they load', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/fr/cognitive-behavioral-therapy/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const keys = (await allCacheKeys(page)).map((k) => new URL(k).pathname);
    expect(keys.filter((k) => !k.startsWith('/_astro/') && k !== '/favicon.svg').sort()).toEqual(['/fr/help/', '/fr/offline/']);
    await context.close();
  });

  it('after browsing with queries and highlights, no cache key holds a query', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await saveWithPanel(page, site.origin, 'en');
    for (const path of ['/en/search/?q=overdose', '/en/group-therapy/?highlight=relapse', '/fr/group-therapy/?highlight=groupe', '/vi/?q=x#top']) {
      await page.goto(site.origin + path);
    }
    await page.goto(`${site.origin}/en/`);
    await page.keyboard.press('Control+k');
    expect((await resultsFor(page, 'group therapy')).length).toBeGreaterThan(0);
    const keys = await allCacheKeys(page);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => k.includes('?') || k.includes('#'))).toEqual([]);
    expect(keys).toContain(`${site.origin}/fr/group-therapy/`);
    await context.close();
  });

  it('leaves the widget files partners load, and the offline manifests, to the network', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await saveWithPanel(page, site.origin, 'en');
    await page.reload();
    const served: Record<string, boolean> = {};
    page.on('response', (response) => (served[new URL(response.url()).pathname] = response.fromServiceWorker()));
    await page.evaluate(async () => {
      for (const path of ['/widgets/iop-widgets.js', '/offline/en.json']) await fetch(path);
    });
    await page.goto(`${site.origin}/en/what-is-an-iop/`);
    expect([served['/widgets/iop-widgets.js'], served['/offline/en.json'], served['/en/what-is-an-iop/']]).toEqual([false, false, true]);
    expect((await allCacheKeys(page)).filter((k) => k.includes('/widgets/'))).toEqual([]);
    await context.close();
  });

  it('the visited-pages cache keeps at most its limit', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const pages = manifest('en').files.filter((f) => f.url.endsWith('/')).map((f) => f.url);
    const more = [...pages, ...manifest('es').files.filter((f) => f.url.endsWith('/')).map((f) => f.url)].slice(0, 70);
    for (const path of more) await page.goto(site.origin + path, { waitUntil: 'domcontentloaded' });
    const count = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, RUNTIME_CACHES.pages);
    expect(count).toBeLessThanOrEqual(60);
    expect(count).toBeGreaterThan(30);
    await context.close();
  });
});

describe('quick exit with a saved language', () => {
  it('20 exits, after a finished save or during one, leave no cache, saved copy or worker', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    for (let run = 0; run < 20; run++) {
      if (run === 0) await saveWithPanel(page, site.origin, 'ar');
      else {
        // Mid-download: the exit comes while files are still arriving.
        await page.goto(`${site.origin}/ar/`);
        await page.evaluate(() => navigator.serviceWorker.ready);
        await page.locator('[data-offline-panel]').scrollIntoViewIfNeeded();
        await page.locator('[data-offline-save]').click();
        await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith('iop-saved-')));
      }
      await Promise.all([page.waitForURL(QUICK_EXIT_URL, { waitUntil: 'commit' }), page.locator('[data-quick-exit]').click()]);
      const left = await storedBySite(page, site.origin);
      if (JSON.stringify(left) !== JSON.stringify(NOTHING)) failures.push(`run ${run + 1}: ${JSON.stringify(left)}`);
    }
    console.log(`quick exit with a saved language: ${20 - failures.length}/20 clean`);
    expect(failures).toEqual([]);
    await context.close();
  });
});
