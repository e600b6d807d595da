/** How the service worker answers one request. */
export type CacheStrategy = 'network-first' | 'cache-first' | 'stale-while-revalidate' | 'bypass';

/**
 * Chooses the caching strategy for a same-origin GET request path (under
 * `base`). Pages try the network first so readers see updates; hashed build
 * assets never change, so the cache answers; Pagefind's entry file names the
 * current index, so it is revalidated. Widget files are for partners' sites
 * and are not cached here.
 * @example
 * cacheStrategy('/en/help/', '/', 'navigate')        // => 'network-first'
 * cacheStrategy('/_astro/Base.abc123.css', '/', '')  // => 'cache-first'
 * cacheStrategy('/widgets/iop-widgets.js', '/', '')  // => 'bypass'
 */
export function cacheStrategy(path: string, base: string, mode: string): CacheStrategy {
  if (!path.startsWith(base)) return 'bypass';
  const rest = path.slice(base.length);
  if (rest.startsWith('widgets/') || rest === 'sw.js') return 'bypass';
  if (mode === 'navigate' || rest === '' || rest.endsWith('/') || rest.endsWith('.html')) return 'network-first';
  if (rest.startsWith('_astro/')) return 'cache-first';
  if (rest.startsWith('pagefind/')) return /pagefind-entry\.json$|pagefind\.js$/.test(rest) ? 'stale-while-revalidate' : 'cache-first';
  return 'stale-while-revalidate';
}

/**
 * The page to show when a reader is offline and the page they asked for was
 * never visited: that language's "Get help now" page, cached at install.
 * @example
 * offlineFallback('/fr/cbt/', '/', ['en', 'fr']) // => '/fr/help/'
 * offlineFallback('/xx/', '/', ['en', 'fr'])     // => '/en/help/'
 */
export function offlineFallback(path: string, base: string, locales: readonly string[]): string {
  const first = path.slice(base.length).split('/')[0] ?? '';
  return `${base}${locales.includes(first) ? first : locales[0]}/help/`;
}
