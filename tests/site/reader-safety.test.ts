import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { QUICK_EXIT_URL } from '../../src/config/site.ts';
import { CLEAN_UP_CAP_MS } from '../../src/quick-exit/clean-up.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { NOTHING, storedBySite as storedBySiteAt, stubExitSite } from '../support/site-storage.ts';
import { builtPages } from '../support/dist.ts';

const site = useBuiltSite();

/** A page whose requests to the neutral exit site are answered locally, so nothing leaves the machine. */
async function pageWithExitStub(path: string, options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  await stubExitSite(context);
  const page = await context.newPage();
  await page.goto(site.origin + '/en/');
  await page.goto(site.origin + path);
  return page;
}

describe('quick exit ("Leave this site")', () => {
  it('the button replaces this page with the neutral site, so Back does not return here', async () => {
    const page = await pageWithExitStub('/en/support-groups/');
    const before = await page.evaluate(() => history.length);
    await Promise.all([page.waitForURL(QUICK_EXIT_URL), page.getByRole('link', { name: 'Leave this site' }).click()]);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.goBack();
    expect(page.url()).toBe(`${site.origin}/en/`);
    await page.context().close();
  });

  it('three presses of Esc leave too, announcing each press', async () => {
    const page = await pageWithExitStub('/es/support-groups/');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-quick-exit-status]').textContent()).toMatch(/1.*3/);
    await page.keyboard.press('Escape');
    await Promise.all([page.waitForURL(QUICK_EXIT_URL), page.keyboard.press('Escape')]);
    await page.context().close();
  });

  it('works without JavaScript as a plain link', async () => {
    const page = await pageWithExitStub('/en/help/', { javaScriptEnabled: false });
    await Promise.all([page.waitForURL(QUICK_EXIT_URL), page.getByRole('link', { name: 'Leave this site' }).click()]);
    await page.context().close();
  });

  it('is on every page, the language chooser included', () => {
    const missing = builtPages().filter((p) => !p.html.includes(`href="${QUICK_EXIT_URL}"`) || !p.html.includes('data-quick-exit ')).map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it('after a search, history holds no search or highlight terms (the issue’s scenario)', async () => {
    const page = await pageWithExitStub('/en/');
    // Search from the home page's dialog; Enter without picking a result submits to the search page.
    await page.getByRole('button', { name: 'Search' }).first().click();
    const dialog = page.locator('[data-search-dialog]');
    await dialog.getByRole('combobox').fill('suicide overdose');
    await Promise.all([page.waitForURL(/\/en\/search\//), page.keyboard.press('Enter')]);
    const result = page.locator('[data-search] [role="option"]').first();
    await expect.poll(() => result.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('[data-search-input]').inputValue()).toBe('suicide overdose');
    expect(new URL(page.url()).search).toBe('');
    // A reload after the terms left the address shows the search page as if opened afresh.
    await page.reload();
    expect(await page.locator('[data-search-input]').inputValue()).toBe('');
    await page.goBack();
    await page.goForward();
    await page.locator('[data-search-input]').fill('suicide overdose');
    await expect.poll(() => result.count(), { timeout: 15_000 }).toBe(1);
    expect(new URL(page.url()).search).toBe('');
    const target = new URL((await result.getAttribute('data-url'))!, site.origin);
    expect(target.searchParams.getAll('highlight')).toEqual(['suicide', 'overdose']);
    await Promise.all([page.waitForURL((url) => url.pathname === target.pathname), result.click()]);
    // The landing page still marks the terms, though they left its address at once.
    await expect.poll(() => page.locator('main mark.search-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('');
    const length = await page.evaluate(() => history.length);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await Promise.all([page.waitForURL(QUICK_EXIT_URL), page.keyboard.press('Escape')]);
    expect(await page.evaluate(() => history.length)).toBe(length);
    // Every entry of the tab's history, read from the browser itself (walking
    // back with goBack across the exit site's process swap is flaky in Playwright).
    const cdp = await page.context().newCDPSession(page);
    const entries = ((await cdp.send('Page.getNavigationHistory')) as { entries: { url: string }[] }).entries.map((e) => e.url);
    expect(entries.length).toBe(length);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries.filter((url) => /[?&](q|highlight)=/.test(url))).toEqual([]);
    expect(entries.some((url) => url.endsWith('/en/search/'))).toBe(true);
    await page.context().close();
  });
});

const storedBySite = (page: Page) => storedBySiteAt(page, site.origin);

/** Fills every store the site can use, through the real site where it can (worker, offline cache, checklist tick). */
async function storeEverything(page: Page, tick: boolean) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await caches.keys()).length > 0, undefined, { polling: 20 });
  if (tick) {
    await page.locator('iop-checklist').getByRole('checkbox').first().check();
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('iop-widgets:')).length)).toBeGreaterThan(0);
  }
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        sessionStorage.setItem('iop-test', '1');
        const open = indexedDB.open('iop-test');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
  );
}

describe('quick exit leaves nothing behind', () => {
  it('after an exit, the browser holds nothing of the site: caches, worker, local and session storage, databases', async () => {
    const page = await pageWithExitStub('/en/choosing-a-program/');
    await storeEverything(page, true);
    const before = await storedBySite(page);
    expect(before.caches.length).toBeGreaterThan(0);
    expect(before.workers).toBe(1);
    expect(before.localStorage.some((k) => k.startsWith('iop-widgets:'))).toBe(true);
    expect(before.sessionStorage).toEqual(['iop-test']);
    await page.goBack();
    await Promise.all([page.waitForURL(QUICK_EXIT_URL), page.getByRole('link', { name: 'Leave this site' }).click()]);
    // Read at once: the exit waited for the clean-up before it left.
    expect(await storedBySite(page)).toEqual(NOTHING);
    await page.context().close();
  });

  it('a response the worker is still storing when the reader leaves never brings a cache back', async () => {
    const page = await pageWithExitStub('/en/choosing-a-program/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    // An icon the worker has not stored yet, held on the network until the reader has left.
    const icon = '/icons/icon-192.png';
    const requested = Promise.withResolvers<void>();
    const release = Promise.withResolvers<void>();
    const finished = Promise.withResolvers<void>();
    await page.context().route(`**${icon}`, async (route) => {
      requested.resolve();
      await release.promise;
      await route.continue();
    });
    page.context().on('requestfinished', (request) => void (new URL(request.url()).pathname === icon && finished.resolve()));
    // The page is gone before the answer comes.
    page.evaluate((path) => void fetch(path), icon).catch(() => undefined);
    await requested.promise;
    await Promise.all([page.waitForURL(QUICK_EXIT_URL), page.getByRole('link', { name: 'Leave this site' }).click()]);
    release.resolve();
    await finished.promise;
    // Time for the worker to store the icon, had it not been told to stop.
    await page.waitForTimeout(500);
    expect(await storedBySite(page)).toEqual(NOTHING);
    await page.context().close();
  });

  it('waits for a slow clean-up before leaving, and leaves at the cap when the clean-up hangs', async () => {
    for (const [delay, expectClean] of [[400, true], [60_000, false]] as const) {
      const page = await pageWithExitStub('/en/help/');
      // A slow disk: every cache deletion takes `delay` ms to start.
      await page.context().addInitScript((ms) => {
        const remove = CacheStorage.prototype.delete;
        CacheStorage.prototype.delete = function (this: CacheStorage, key: string) {
          return new Promise<boolean>((resolve) => setTimeout(() => resolve(remove.call(this, key)), ms));
        };
      }, delay);
      await page.reload();
      await storeEverything(page, false);
      const started = Date.now();
      await Promise.all([page.waitForURL(QUICK_EXIT_URL, { waitUntil: 'commit' }), page.locator('[data-quick-exit]').click()]);
      const elapsed = Date.now() - started;
      const left = await storedBySite(page);
      if (expectClean) {
        expect(elapsed).toBeGreaterThanOrEqual(delay);
        expect(left).toEqual(NOTHING);
      } else {
        // The cap: the reader is never kept waiting on a stuck store.
        expect(elapsed).toBeGreaterThanOrEqual(CLEAN_UP_CAP_MS);
        expect(elapsed).toBeLessThan(CLEAN_UP_CAP_MS + 5_000);
        expect(left.caches.length).toBeGreaterThan(0);
        expect({ ...left, caches: [] }).toEqual(NOTHING);
      }
      await page.context().close();
    }
  });

  it('20 exits against an instantly answering exit site all clean up', async () => {
    // One tab exits 20 times: each visit registers the worker and fills the stores again.
    const page = await pageWithExitStub('/en/');
    const times: number[] = [];
    const failures: string[] = [];
    for (let run = 0; run < 20; run++) {
      await page.goto(`${site.origin}/${run % 2 ? 'en' : 'fr'}/choosing-a-program/`);
      await storeEverything(page, run % 4 === 0);
      const started = Date.now();
      if (run % 2) await Promise.all([page.waitForURL(QUICK_EXIT_URL, { waitUntil: 'commit' }), page.locator('[data-quick-exit]').click()]);
      else {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        await Promise.all([page.waitForURL(QUICK_EXIT_URL, { waitUntil: 'commit' }), page.keyboard.press('Escape')]);
      }
      times.push(Date.now() - started);
      const left = await storedBySite(page);
      if (JSON.stringify(left) !== JSON.stringify(NOTHING)) failures.push(`run ${run + 1}: ${JSON.stringify(left)}`);
    }
    await page.context().close();
    times.sort((a, b) => a - b);
    console.log(`quick exit: ${20 - failures.length}/20 clean; last press or click to the exit site committing: median ${times[10]} ms, max ${times[19]} ms`);
    expect(failures).toEqual([]);
  });
});

describe('help is consistent (WCAG 3.2.6) and works without JavaScript', () => {
  const helpLinks = (html: string) =>
    [...(/<aside class="help-strip"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/^\/[^/]+\//, '/<lang>/'));
  it('every page carries the same help strip, in the same place', () => {
    const pages = builtPages().filter((p) => !p.path.endsWith('/') || p.path !== '/');
    const reference = helpLinks(pages.find((p) => p.path === '/en/')!.html);
    expect(reference).toEqual(['tel:988', 'sms:988', 'tel:+18006624357', 'tel:911', '/<lang>/help/', '/<lang>/browse-safely/']);
    const different = pages.filter((p) => p.path !== '/' && JSON.stringify(helpLinks(p.html)) !== JSON.stringify(reference)).map((p) => p.path);
    expect(different).toEqual([]);
  });
});

describe('a sticky element never hides the focused control (WCAG 2.4.11)', () => {
  it.each([[390, 700], [1280, 800]])('at %ipx wide, every focused control stays visible while tabbing', async (width, height) => {
    const context = await site.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/cost-and-insurance/`);
    const hidden: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const result = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // The first line box: a link that wraps has a bounding box wider than any of its lines.
        const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
        const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(r.top + Math.min(r.height, 20) / 2, 0), innerHeight - 1);
        const top = document.elementFromPoint(x, y);
        return top && (el === top || el.contains(top) || top.contains(el)) ? null : `${el.tagName} "${el.textContent?.trim().slice(0, 40)}" under ${top?.tagName}.${top?.className}`;
      });
      if (result) hidden.push(result);
    }
    await context.close();
    expect(hidden).toEqual([]);
  });
});

describe('language chooser at /', () => {
  it('without JavaScript, names every language in itself with plain links', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.origin + '/');
    const names = await page.locator('[data-language-chooser] a .chooser__name').allTextContents();
    expect(names).toEqual(['English', 'Español', 'Français', '简体中文', 'Tiếng Việt', 'العربية']);
    await context.close();
  });
  it.each([['es-MX', 'es'], ['zh-SG', 'zh-Hans'], ['ar-EG', 'ar'], ['de-DE', 'en']])('with JavaScript, a %s browser is pointed to %s first', async (browserLocale, expected) => {
    const context = await site.browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto(site.origin + '/');
    expect(await page.locator('[data-language-chooser] li.is-suggested a').getAttribute('data-locale')).toBe(expected);
    expect(await page.locator('[data-language-chooser] li').first().locator('a').getAttribute('data-locale')).toBe(expected);
    await context.close();
  });
});
