/**
 * Facts about the Pagefind bundle that the build integration, the pages, the
 * client and the tests share. Pure: no Astro, no DOM.
 */

/** The bundle's folder under the site's base, e.g. `/some/path/pagefind/`. */
export const BUNDLE_DIR = 'pagefind';

/** Pagefind's content hash in a file name: `en_ee235f7356.pf_meta`, `ar_13b67c2.pf_index` (the same name always holds the same bytes). */
export const PAGEFIND_HASHED = /_[0-9a-f]{7,}\.pf_[a-z]+$/;

/** The query parameter Pagefind adds to result URLs, one per search term, for highlighting on the landing page. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The query parameter of the search page: `/<lang>/search/?q=…`. */
export const QUERY_PARAM = 'q';

/** The filter and meta key of a topic's category (values are stable keys in the filter, labels in the meta). */
export const CATEGORY_KEY = 'category';

/**
 * The meta key of a topic's reader words (front matter `searchTerms`): kept
 * in an attribute of a hidden element, so Pagefind searches them (it searches
 * metadata since 1.5) but neither the page nor a result shows them.
 */
export const TERMS_KEY = 'terms';

/**
 * How much a match in the reader words counts (Pagefind `ranking.metaWeights`;
 * a field's default is 1, the title's 5). Tuned on the query tables in
 * tests/site/search-queries.ts.
 */
export const TERMS_WEIGHT = 3;

/** How many results a search shows. */
export const RESULT_LIMIT = 8;

/**
 * Files Pagefind writes that this site does not use (its ready-made UIs and
 * highlighter): the build removes them so nothing can load them by mistake
 * and an offline cache need not hold them.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
] as const;

/**
 * Pagefind's key for a language's index: the `<html lang>` value in lower
 * case (Pagefind lower-cases it both when indexing and in the browser).
 * @example
 * indexKey('zh-Hans') // => 'zh-hans'
 */
export function indexKey(tag: string): string {
  return tag.toLowerCase();
}
