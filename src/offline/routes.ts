/**
 * Which requests the service worker answers, and from which saved language.
 * Pure: paths in, decisions out; unit-tested without a browser.
 */
import { PAGEFIND_HASHED } from '../search/bundle.ts';

/** What a same-origin GET request is, for the worker. */
export type RequestKind =
  /**
   * A page: from the saved copy of its language, else the network, else what
   * was visited, else (for a navigation) the offline page. Pages fetched by
   * script count too: the search dialog is built from the search page.
   */
  | 'page'
  /** A search bundle file: from the saved copy of its language when there is one, else straight from the network. */
  | 'search'
  /** A script, icon or manifest: from any saved copy or the visited-assets cache, else the network. */
  | 'asset';

/**
 * How the worker treats a request path under `base`, or `undefined` for
 * requests it leaves alone: other origins' (checked by the caller), the
 * widget files partners load, the worker itself, and the offline manifests,
 * which must always come fresh from the network.
 * @example
 * requestKind('/en/help/', '/', true)                     // => 'page'
 * requestKind('/pagefind/en_1a2b3c4.pf_index', '/', false) // => 'search'
 * requestKind('/_astro/page-Dyr_1oLG.js', '/', false)     // => 'asset'
 * requestKind('/widgets/iop-widgets.js', '/', false)      // => undefined
 */
export function requestKind(path: string, base: string, navigation: boolean): RequestKind | undefined {
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length);
  if (rest.startsWith('widgets/') || rest === 'sw.js' || rest.startsWith('offline/')) return undefined;
  if (navigation || rest === '' || rest.endsWith('/')) return 'page';
  if (rest.startsWith('pagefind/')) return 'search';
  if (rest.startsWith('_astro/') || rest.startsWith('icons/') || rest === 'favicon.svg' || rest.endsWith('.webmanifest')) return 'asset';
  return undefined;
}

/** Vite's and Pagefind's content-hashed files: the same address always holds the same bytes. */
export function isContentHashed(path: string, base: string): boolean {
  const rest = path.slice(base.length);
  return rest.startsWith('_astro/') || PAGEFIND_HASHED.test(rest);
}

/**
 * The locale a path belongs to: its first segment, or for a Pagefind file
 * named after an index key (`en_…`, `zh-hans_…`), that index's locale.
 * @example
 * localeOfPath('/fr/cbt/', '/', ['en', 'fr'])                       // => 'fr'
 * localeOfPath('/pagefind/index/zh-hans_0a1b2c3.pf_index', '/', ['zh-Hans']) // => 'zh-Hans'
 * localeOfPath('/pagefind/pagefind.js', '/', ['en'])                // => undefined
 */
export function localeOfPath(path: string, base: string, locales: readonly string[]): string | undefined {
  const rest = path.slice(base.length);
  const first = rest.split('/')[0] ?? '';
  if (locales.includes(first)) return first;
  const key = /(?:^|[/.])([a-z-]+)_[0-9a-f]{7,}\.pf_[a-z]+$/.exec(rest)?.[1];
  return key ? locales.find((code) => code.toLowerCase() === key) : undefined;
}

/**
 * The search client names its language in the query of Pagefind's entry
 * file (`pagefind-entry.json?ts=fr`, through Pagefind's `metaCacheTag`), so
 * the worker knows whose saved copy should answer a file that all languages
 * share. The entry is revalidated on every load, so the fixed tag never
 * serves a stale one.
 * @example
 * entryLocale(new URL('https://x/pagefind/pagefind-entry.json?ts=fr'), ['en', 'fr']) // => 'fr'
 */
export function entryLocale(url: URL, locales: readonly string[]): string | undefined {
  const tag = url.searchParams.get('ts') ?? '';
  return locales.includes(tag) ? tag : undefined;
}

/**
 * A request's key in any of the worker's caches: its address without query
 * or fragment, so no search or highlight term is ever stored.
 * @example
 * cacheKey('https://x/en/search/?q=overdose#r') // => 'https://x/en/search/'
 */
export function cacheKey(url: string): string {
  const u = new URL(url);
  return u.origin + u.pathname;
}

/**
 * Where a static host sends a page address typed without its trailing
 * slash, for the worker to do the same offline; `undefined` for an address
 * that has one, or whose last segment names a file.
 * @example
 * slashedPagePath('/fr/cbt')      // => '/fr/cbt/'
 * slashedPagePath('/fr/cbt/')     // => undefined
 * slashedPagePath('/404.html')    // => undefined
 */
export function slashedPagePath(path: string): string | undefined {
  if (path.endsWith('/')) return undefined;
  return path.slice(path.lastIndexOf('/') + 1).includes('.') ? undefined : `${path}/`;
}

/**
 * The page shown for a page that is neither saved nor visited, when offline:
 * that language's offline page (English for paths outside any language).
 * @example
 * offlinePagePath('/fr/cbt/', '/', ['en', 'fr']) // => '/fr/offline/'
 */
export function offlinePagePath(path: string, base: string, locales: readonly string[]): string {
  return languageOfflinePage(base, localeOfPath(path, base, locales) ?? locales[0]!);
}

/**
 * A language's offline page.
 * @example
 * languageOfflinePage('/p/', 'fr') // => '/p/fr/offline/'
 */
export function languageOfflinePage(base: string, locale: string): string {
  return `${base}${locale}/offline/`;
}
