/**
 * Loads Pagefind's own `pagefind.js` from the built bundle (only when search
 * is opened) and makes search instances: one for the page's language, and one
 * for English when the reader's language finds nothing.
 */
import { TERMS_KEY, TERMS_WEIGHT } from './bundle.ts';
import type { PagefindResultData } from './results.ts';

/** The slice of a Pagefind search response the UI reads. */
export interface PagefindResponse {
  readonly results: readonly PagefindHit[];
}

/** One result of a Pagefind search: the page's id, its score, and its data (loads the page's fragment). */
export interface PagefindHit {
  readonly id: string;
  readonly score: number;
  readonly data: () => Promise<PagefindResultData>;
}

/** A Pagefind search instance (from `createInstance`). */
export interface PagefindInstance {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
}

/** The slice of `pagefind.js` this site uses. */
export interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** Where the bundle is and how results should be addressed. */
export interface EngineConfig {
  /** The bundle folder URL, base-aware, with a trailing slash, e.g. `/some/path/pagefind/`. */
  readonly bundleUrl: string;
  /** The site's base URL, prefixed to result URLs, e.g. `/some/path/`. */
  readonly baseUrl: string;
}

/**
 * Options for Pagefind's `createInstance`, for the index of language `tag`.
 * `metaCacheTag` names that language: Pagefind asks for
 * `pagefind-entry.json?ts=<tag>`, and the offline worker answers from that
 * language's saved copy (src/offline/routes.ts, `entryLocale`). The entry is
 * revalidated on every load (src/deploy/rules.ts), so a fixed tag is never stale.
 * @example
 * instanceOptions({ bundleUrl: '/p/pagefind/', baseUrl: '/p/' }, 'fr')
 * // => { basePath: '/p/pagefind/', baseUrl: '/p/', metaCacheTag: 'fr', excerptLength: 24, ranking: { metaWeights: { terms: 3 } } }
 *
 * No `highlightParam`: the UI adds the highlight terms itself (`withHighlight`),
 * because Pagefind writes them onto fragment objects that concurrent searches share.
 */
export function instanceOptions(config: EngineConfig, tag: string): Record<string, unknown> {
  return {
    basePath: config.bundleUrl,
    baseUrl: config.baseUrl,
    metaCacheTag: tag,
    excerptLength: 24,
    ranking: { metaWeights: { [TERMS_KEY]: TERMS_WEIGHT } },
  };
}

/** Imports `pagefind.js` from the bundle (a same-origin module; cached after the first call). */
export function loadPagefind(bundleUrl: string): Promise<PagefindModule> {
  return import(/* @vite-ignore */ `${bundleUrl}pagefind.js`) as Promise<PagefindModule>;
}

/**
 * A Pagefind instance searching the index of language `tag`. Pagefind 1.6's
 * `createInstance` picks the index from `<html lang>` at the moment it is
 * called (it takes no language option), so for another language we set `lang`
 * for that one synchronous call and put it back at once.
 */
export function instanceFor(mod: PagefindModule, doc: Document, tag: string, config: EngineConfig): PagefindInstance {
  const root = doc.documentElement;
  const own = root.getAttribute('lang');
  if (own === tag) return mod.createInstance(instanceOptions(config, tag));
  root.setAttribute('lang', tag);
  try {
    return mod.createInstance(instanceOptions(config, tag));
  } finally {
    if (own === null) root.removeAttribute('lang');
    else root.setAttribute('lang', own);
  }
}
