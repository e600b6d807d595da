import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

describe('offline, once visited', () => {
  it('a visited page reloads without a network, and an unvisited one shows the help page in the same language', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/es/group-therapy/`);
    const title = await page.locator('h1').textContent();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('.help-strip a[href="tel:988"]').count()).toBe(1);
    await page.goto(`${site.origin}/es/family-therapy/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('.help-strip').count()).toBe(1);
    expect(page.url()).toBe(`${site.origin}/es/family-therapy/`);
    expect(await page.locator('a[href="tel:+18006624357"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('the quick exit drops the offline copies', async () => {
    const context = await site.browser.newContext();
    await context.route('https://www.weather.gov/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Weather</title>' }));
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/support-groups/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
    await Promise.all([page.waitForURL('https://www.weather.gov/'), page.getByRole('link', { name: 'Leave this site' }).click()]);
    // Look from a same-origin document that registers nothing (the worker file itself).
    await page.goto(`${site.origin}/sw.js`);
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('iop-library-')).length)).toBe(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await context.close();
  });
});
