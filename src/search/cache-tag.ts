/**
 * The search cache tag: one value per build, set by the Pagefind integration
 * (Vite `define`), passed to Pagefind as `metaCacheTag`. Pagefind then asks for
 * `pagefind-entry.json?ts=<tag>` instead of a new timestamp on every load, so
 * a service worker can cache the whole bundle and a new build is a new URL.
 */
declare const __SEARCH_CACHE_TAG__: string | undefined;

/** This build's search cache tag ('dev' outside a build). */
export const SEARCH_CACHE_TAG: string = typeof __SEARCH_CACHE_TAG__ === 'string' ? __SEARCH_CACHE_TAG__ : 'dev';

/**
 * A new cache tag: `$SEARCH_CACHE_TAG` when set (reproducible builds), else the build time in base 36.
 * @example
 * newCacheTag({}, 0) // => '0'
 */
export function newCacheTag(env: Readonly<Record<string, string | undefined>>, now: number): string {
  const fromEnv = env['SEARCH_CACHE_TAG']?.trim();
  return fromEnv && /^[\w.-]{1,64}$/.test(fromEnv) ? fromEnv : now.toString(36);
}
