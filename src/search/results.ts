/** Turns Pagefind result data into what the search list shows. Pure. */
import { CATEGORY_KEY } from './bundle.ts';
import { parseExcerpt, type Segment } from './excerpt.ts';

/** The part of Pagefind's result data the list uses. */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}

/** One result as the list shows it. */
export interface SearchItem {
  readonly url: string;
  readonly title: string;
  /** The localized category label, or '' for pages outside the categories (help, glossary…). */
  readonly category: string;
  readonly excerpt: Segment[];
}

/**
 * A result URL with the query's terms for highlighting on the landing page
 * (`?highlight=a&highlight=b`, split on spaces, as Pagefind does); the hash stays last.
 * @example
 * withHighlight('/en/group-therapy/#what', 'group therapy', 'highlight') // => '/en/group-therapy/?highlight=group&highlight=therapy#what'
 */
export function withHighlight(url: string, query: string, param: string): string {
  const [path = '', hash] = url.split('#', 2);
  const terms = query.split(/\s+/).filter((t) => t.length > 0);
  if (terms.length === 0) return url;
  const search = terms.map((t) => `${encodeURIComponent(param)}=${encodeURIComponent(t)}`).join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${search}${hash === undefined ? '' : `#${hash}`}`;
}

/**
 * Shapes one Pagefind result: title from meta (else the URL), category label, and a sanitized excerpt.
 * @example
 * toSearchItem({ url: '/en/group-therapy/?highlight=group', excerpt: '<mark>Group</mark> work', meta: { title: 'Group therapy', category: 'Therapies' } })
 * // => { url: '/en/group-therapy/?highlight=group', title: 'Group therapy', category: 'Therapies', excerpt: [{ text: 'Group', mark: true }, { text: ' work', mark: false }] }
 */
export function toSearchItem(data: PagefindResultData): SearchItem {
  const title = data.meta['title']?.trim() || data.url;
  const category = data.meta[CATEGORY_KEY]?.trim() ?? '';
  return { url: data.url, title, category, excerpt: parseExcerpt(data.excerpt) };
}

/**
 * Whether a result URL belongs to a locale's section of the site (`<base><locale>/…`).
 * @example
 * isInSection('/base/es/grupo/?highlight=x', '/base/es/') // => true
 * isInSection('/base/en/group/', '/base/es/')            // => false
 */
export function isInSection(url: string, sectionPath: string): boolean {
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return path.startsWith(sectionPath);
}

/** Pagefind's `filters` option for a category key ('' for all categories). */
export function categoryFilter(category: string): Record<string, string> {
  return category ? { [CATEGORY_KEY]: category } : {};
}

/**
 * The search terms a landing page should highlight, from the URL's repeated highlight parameter.
 * @example
 * highlightTerms('?highlight=group&highlight=therapy', 'highlight') // => ['group', 'therapy']
 */
export function highlightTerms(search: string, param: string): string[] {
  const terms = new URLSearchParams(search).getAll(param).map((t) => t.trim()).filter((t) => t.length > 0);
  return [...new Set(terms)].slice(0, 10);
}
