import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { costlyCheckPages, routesOf, templatesOf } from '../support/templates.ts';

// The whole-site test picks its axe pages by template; these are the rules it relies on.
const root = mkdtempSync(join(tmpdir(), 'templates-'));
const touch = (path: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), '');
};
for (const file of ['index.astro', '404.astro', '[lang]/index.astro', '[lang]/search.astro', '[lang]/[...slug].astro', '[lang]/_part.astro']) touch(`src/pages/${file}`);
touch('src/content/topics/en/group-therapy.mdx');
touch('src/content/pages/en/about.mdx');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (path: string, lang: string, dir = 'ltr', body = '') => ({ path, html: `<html lang="${lang}" dir="${dir}"><body>${body}</body></html>` });

describe('templates of the built pages', () => {
  it('orders routes as Astro does: static segments first, rest parameters last, no _files', () => {
    expect(routesOf(join(root, 'src/pages')).map((r) => r.file)).toEqual(['[lang]/search.astro', '404.astro', '[lang]/index.astro', 'index.astro', '[lang]/[...slug].astro']);
  });

  it('names each page by route, content collection and translation notice, and reads its direction', () => {
    const pages = templatesOf(
      [
        page('/', 'en'),
        page('/404.html', 'en'),
        page('/ar/', 'ar', 'rtl'),
        page('/ar/search/', 'ar', 'rtl'),
        page('/ar/group-therapy/', 'ar', 'rtl', '<aside data-translation-notice="fallback">'),
        page('/en/about/', 'en'),
        page('/en/therapies/', 'en'),
      ],
      { root },
    );
    expect(pages.map((p) => [p.path, p.template, p.dir])).toEqual([
      ['/', 'index.astro', 'ltr'],
      ['/404.html', '404.astro', 'ltr'],
      ['/ar/', '[lang]/index.astro', 'rtl'],
      ['/ar/search/', '[lang]/search.astro', 'rtl'],
      ['/ar/group-therapy/', '[lang]/[...slug].astro (topics) [fallback]', 'rtl'],
      ['/en/about/', '[lang]/[...slug].astro (pages)', 'ltr'],
      ['/en/therapies/', '[lang]/[...slug].astro (generated)', 'ltr'],
    ]);
  });

  it('reads paths under a base', () => {
    expect(templatesOf([page('/some/path/en/search/', 'en')], { root, base: '/some/path/' })[0]!.template).toBe('[lang]/search.astro');
  });

  it('chooses every English page plus one page per template and direction for the costly checks', () => {
    const pages = templatesOf(
      [page('/en/', 'en'), page('/en/group-therapy/', 'en'), page('/es/group-therapy/', 'es'), page('/ar/group-therapy/', 'ar', 'rtl'), page('/ar/about/', 'ar', 'rtl'), page('/es/', 'es'), page('/ar/', 'ar', 'rtl'), page('/es/about/', 'es')],
      { root },
    );
    expect(costlyCheckPages(pages).map((p) => p.path)).toEqual(['/en/', '/en/group-therapy/', '/ar/group-therapy/', '/ar/about/', '/ar/', '/es/about/']);
  });

  it('fails on a page that no route serves', () => {
    expect(() => templatesOf([page('/en/x/y/', 'en')], { root: join(root, 'nowhere') })).toThrow(/matches no route file/);
  });
});
