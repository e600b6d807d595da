import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useBuiltSite } from '../support/built-site.ts';

// Every language, in Chromium, against the production build.
const site = useBuiltSite();

const open = async (path: string, options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}) => {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(site.origin + path);
  return page;
};

describe.each(LOCALES.map((l) => [l.code, l] as const))('%s', (code, locale) => {
  it(`has <html lang="${locale.tag}" dir="${locale.dir}"> on its pages`, async () => {
    const page = await open(`/${code}/`);
    for (const slug of ['', 'group-therapy/', 'help/', 'therapies/', 'glossary/']) {
      if (slug) await page.goto(`${site.origin}/${code}/${slug}`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), slug).toEqual([locale.tag, locale.dir]);
    }
    await page.context().close();
  });

  it('the language picker lands on the same topic in every language, without JavaScript', async () => {
    const page = await open(`/${code}/cost-and-insurance/`, { javaScriptEnabled: false });
    await page.locator('.language-picker summary').click();
    for (const target of LOCALES) {
      const href = await page.locator(`.language-picker a[hreflang="${target.tag}"]`).getAttribute('href');
      expect(href).toBe(`/${target.code}/cost-and-insurance/`);
    }
    const other = LOCALES.find((l) => l.code !== code)!;
    await Promise.all([page.waitForURL(`**/${other.code}/cost-and-insurance/`), page.locator(`.language-picker a[hreflang="${other.tag}"]`).click()]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(other.tag);
    await page.context().close();
  });

  it('shows a fallback notice exactly on untranslated pages, and an outdated notice on none of the current ones', async () => {
    const page = await open(`/${code}/what-is-an-iop/`);
    const translated = (await page.locator('article').getAttribute('lang')) === null;
    expect(await page.locator('[data-translation-notice="fallback"]').count()).toBe(translated ? 0 : code === 'en' ? 0 : 1);
    expect(await page.locator('[data-translation-notice="outdated"]').count()).toBe(0);
    await page.context().close();
  });
});

describe('right-to-left', () => {
  it('mirrors the Arabic layout: navigation, breadcrumb and text start on the right', async () => {
    const page = await open('/ar/group-therapy/', { viewport: { width: 1024, height: 800 } });
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const name = await box('.site-header__name');
    const picker = await box('.language-picker');
    expect(name.x).toBeGreaterThan(picker.x);
    const h1 = await box('main h1');
    const main = await box('main');
    expect(main.x + main.width - (h1.x + h1.width)).toBeLessThan(40);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).direction)).toBe('rtl');
    await page.screenshot({ path: '.tmp/screenshot-ar-group-therapy.png' });
    const english = await open('/en/group-therapy/', { viewport: { width: 1024, height: 800 } });
    const englishName = (await english.locator('.site-header__name').boundingBox())!;
    expect(englishName.x).toBeLessThan(name.x);
    await english.screenshot({ path: '.tmp/screenshot-en-group-therapy.png' });
    await english.context().close();
    await page.context().close();
  });

  it('formats dates per locale with Intl', async () => {
    const page = await open('/ar/group-therapy/');
    const text = await page.locator('main .muted').first().textContent();
    // The page's own review date, so that re-reviewing the page does not break this test.
    const [, reviewed = ''] = /^lastReviewed: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync(new URL('../../src/content/topics/ar/group-therapy.mdx', import.meta.url), 'utf8')) ?? [];
    expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text).toContain(new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(reviewed)));
    await page.context().close();
  });
});
