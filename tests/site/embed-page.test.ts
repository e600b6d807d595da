import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { widgetFileNames } from '../../src/widgets/build/file-names.ts';
import { FRAMEWORK_GUIDES } from '../../src/widgets/embed/guides.ts';
import { DIST } from '../support/dist.ts';
import { useBuiltSite } from '../support/built-site.ts';

const integrity = JSON.parse(readFileSync(`${DIST}/widgets/integrity.json`, 'utf8')) as Record<string, string>;

describe('embed page', () => {
  it.each(LOCALE_CODES)('exists in %s with the published SRI hash, CSP lines and reference', (locale) => {
    const html = readFileSync(`${DIST}/${locale}/embed/index.html`, 'utf8');
    expect(html).toContain(integrity[widgetFileNames().script]);
    expect(html).toContain('script-src https://iop-library.example.org;');
    expect(html).toMatch(/trusted-types iop-widgets (&#39;|')allow-duplicates\1;/);
    for (const name of ['storage-key', 'emergency-note', 'iop-checklist-change', '::part(call)', '--iop-accent', 'CUSTOM_ELEMENTS_SCHEMA', 'isCustomElement', 'oniop-checklist-change']) {
      expect(html).toContain(name);
    }
    // Defaults are values: no source code in the reference.
    expect(html).not.toMatch(/DEFAULT_STORAGE_KEY|<code[^>]*>''<\/code>/);
    expect(html).toMatch(/<code[^>]*>iop-widgets:checklist<\/code>/);
  });

  describe('in the browser', () => {
    const site = useBuiltSite();

    it('runs the demos and the configurator with no errors and no request off the site', async () => {
      const page = await site.browser.newPage();
      const problems: string[] = [];
      const offSite: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (r) => !r.url().startsWith(site.origin) && offSite.push(r.url()));
      await page.goto(`${site.origin}/fr/embed/`);
      await page.waitForFunction(() => document.querySelector('iop-checklist')?.shadowRoot?.querySelector('table'));
      expect(await page.locator('iop-call-to-action [part=label]').textContent()).toBe('Appelez maintenant');
      await page.fill('input[name=phone]', '(212) 555-0199');
      await page.check('input[name=widget][value=call-to-action]');
      const snippet = await page.locator('[data-snippet=html]').textContent();
      expect(snippet).toContain('phone="(212) 555-0199"');
      expect(snippet).toContain('<a href="tel:+12125550199">212-555-0199</a>');
      expect(snippet).not.toContain('iop-checklist');
      for (const guide of FRAMEWORK_GUIDES) {
        expect(await page.locator(`[data-guide=${guide.id}]`).allTextContents()).toEqual(guide.files.map((f) => f.code));
      }
      expect(problems).toEqual([]);
      expect(offSite).toEqual([]);
      await page.close();
    });
  });
});
