import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { QUICK_EXIT_URL } from '../../src/config/site.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { builtPages } from '../support/dist.ts';

const site = useBuiltSite();

/** A page whose requests to the neutral exit site are answered locally, so nothing leaves the machine. */
async function pageWithExitStub(path: string, options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  await context.route(`${new URL(QUICK_EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Weather</title><p>Weather</p>' }),
  );
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
});

describe('help is consistent (WCAG 3.2.6) and works without JavaScript', () => {
  const helpLinks = (html: string) =>
    [...(/<aside class="help-strip"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/^\/[^/]+\//, '/<lang>/'));
  it('every page carries the same help strip, in the same place', () => {
    const pages = builtPages().filter((p) => !p.path.endsWith('/') || p.path !== '/');
    const reference = helpLinks(pages.find((p) => p.path === '/en/')!.html);
    expect(reference).toEqual(['tel:988', 'sms:988', 'tel:+18006624357', 'tel:911', '/<lang>/help/']);
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
