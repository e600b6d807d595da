import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from '../site/checks/links.ts';

/** A route file in `src/pages` and the built URL paths it serves. */
export interface Route {
  /** The file, relative to `src/pages` (e.g. `[lang]/[...slug].astro`). */
  readonly file: string;
  /** Matches the built paths the route serves (`/en/help/`, `/404.html`), without the base. */
  readonly pattern: RegExp;
  /** Whether the route has a rest parameter (`[...slug]`), so one file renders several kinds of content. */
  readonly rest: boolean;
}

const PAGE_FILE = /\.(astro|md|mdx|ts|js|html)$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The route files in `pagesDir` as URL patterns, in Astro's order of
 * priority (more static segments first, rest parameters last).
 * @example
 * routesOf().map((r) => r.file) // => ['[lang]/embed.astro', …, '[lang]/[...slug].astro']
 */
export function routesOf(pagesDir = 'src/pages'): Route[] {
  const routes = filesUnder(pagesDir)
    .map((path) => relative(pagesDir, path).split(sep).join('/'))
    .filter((file) => PAGE_FILE.test(file) && !file.split('/').some((s) => s.startsWith('_')))
    .map((file) => {
      const segments = file.replace(PAGE_FILE, '').split('/');
      if (segments.at(-1) === 'index') segments.pop();
      const kinds = segments.map((s) => (/^\[\.\.\..+\]$/.test(s) ? 'rest' : /^\[.+\]$/.test(s) ? 'param' : 'static'));
      const source = segments
        .map((s, i) => (kinds[i] === 'rest' ? '.+' : kinds[i] === 'param' ? '[^/]+' : escape(s)))
        .join('/');
      const pattern = new RegExp(segments.length === 0 ? '^/$' : `^/${source}(/|\\.html)$`);
      const score = [kinds.filter((k) => k === 'static').length, -kinds.filter((k) => k === 'rest').length, segments.length];
      return { file, pattern, rest: kinds.includes('rest'), score };
    });
  routes.sort((a, b) => b.score[0]! - a.score[0]! || b.score[1]! - a.score[1]! || b.score[2]! - a.score[2]!);
  return routes.map(({ file, pattern, rest }) => ({ file, pattern, rest }));
}

/** Which content collection (`src/content/<collection>/<lang>/<slug>.mdx`) each slug comes from. */
function collectionsBySlug(contentDir: string): Map<string, string> {
  const bySlug = new Map<string, string>();
  for (const path of filesUnder(contentDir)) {
    const [collection, , ...rest] = relative(contentDir, path).split(sep);
    if (collection && rest.length > 0 && /\.mdx?$/.test(path)) bySlug.set(rest.join('/').replace(/\.mdx?$/, ''), collection);
  }
  return bySlug;
}

/** A built page with the template that renders it and its text direction. */
export interface TemplatedPage extends BuiltPage {
  /** e.g. `[lang]/[...slug].astro (topics)`, or `… [fallback]` for an untranslated page. */
  readonly template: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * Names the template of each built page: its route file in `src/pages`;
 * for a rest route, also the content collection the slug comes from (or
 * "generated", e.g. category indexes); and the translation notice the page
 * shows, if any. Derived from the source tree and the build, so a new route,
 * collection or notice is a new template without editing any list. Throws
 * when a page matches no route.
 */
export function templatesOf(pages: readonly BuiltPage[], options: { base?: string; root?: string } = {}): TemplatedPage[] {
  const base = options.base ?? '/';
  const root = options.root ?? '.';
  const routes = routesOf(join(root, 'src/pages'));
  const collections = collectionsBySlug(join(root, 'src/content'));
  return pages.map((page) => {
    const path = `/${page.path.slice(base.length)}`;
    const route = routes.find((r) => r.pattern.test(path));
    if (!route) throw new Error(`${page.path} matches no route file in src/pages: update tests/support/templates.ts if routes moved`);
    const slug = path.split('/').slice(2).filter(Boolean).join('/');
    const kind = route.rest ? ` (${collections.get(slug) ?? 'generated'})` : '';
    const notice = /data-translation-notice="([\w-]+)"/.exec(page.html)?.[1];
    const html = /<html\b[^>]*>/.exec(page.html)?.[0] ?? '';
    return {
      ...page,
      template: `${route.file}${kind}${notice ? ` [${notice}]` : ''}`,
      lang: /\slang="([^"]*)"/.exec(html)?.[1] ?? '',
      dir: /\sdir="rtl"/.test(html) ? 'rtl' : 'ltr',
    };
  });
}

/**
 * The pages the costly checks (axe) run on: every page in `lang`, and for
 * every template one left-to-right and one right-to-left page (the first of
 * each, where the template has one). Each path appears once.
 */
export function costlyCheckPages(pages: readonly TemplatedPage[], lang = 'en'): TemplatedPage[] {
  const chosen = new Map<string, TemplatedPage>();
  for (const page of pages) if (page.lang === lang) chosen.set(page.path, page);
  const covered = new Set([...chosen.values()].map((p) => `${p.template}|${p.dir}`));
  for (const page of pages) {
    const key = `${page.template}|${page.dir}`;
    if (covered.has(key)) continue;
    covered.add(key);
    chosen.set(page.path, page);
  }
  return [...chosen.values()];
}
