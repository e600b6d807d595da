import type { Problem } from './problem.ts';

/** A built page: its URL path (with base, e.g. `/en/help/`) and its HTML. */
export interface BuiltPage {
  readonly path: string;
  readonly html: string;
}

const attr = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** The ids a page defines, which `#anchor` links may target. */
export function idsOf(html: string): Set<string> {
  return new Set(attr(html, 'id'));
}

/**
 * Finds internal links (`href`, `src`) that lead to no built page or file,
 * and `#anchors` that name no id on their target page. External links are
 * not followed (the site must not depend on them); `tel:`/`sms:`/`mailto:` are skipped.
 * @example
 * findBrokenLinks([{ path: '/en/', html: '<a href="/en/nope/">x</a>' }], new Set(), 'http://127.0.0.1:1')
 * // => [{ page: '/en/', check: 'links', message: 'broken link to /en/nope/' }]
 */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, origin: string): Problem[] {
  const byPath = new Map(pages.map((p) => [p.path, idsOf(p.html)]));
  const problems: Problem[] = [];
  for (const page of pages) {
    const targets = [...attr(page.html, 'href'), ...attr(page.html, 'src')];
    for (const target of new Set(targets)) {
      if (/^(tel|sms|mailto|data):/.test(target)) continue;
      const resolved = new URL(target, origin + page.path);
      if (resolved.origin !== origin) continue;
      const path = decodeURIComponent(resolved.pathname);
      const ids = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
      if (!ids && !files.has(path)) {
        problems.push({ page: page.path, check: 'links', message: `broken link to ${target}` });
        continue;
      }
      const anchor = decodeURIComponent(resolved.hash.slice(1));
      if (anchor && ids && !ids.has(anchor)) {
        problems.push({ page: page.path, check: 'links', message: `link to ${target}: no element with id "${anchor}"` });
      }
    }
  }
  return problems;
}
