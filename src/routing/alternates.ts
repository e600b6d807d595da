import { DEFAULT_LOCALE, LOCALES, localeInfo, type Locale } from '../i18n/locales.ts';
import { splitLocalePath } from './paths.ts';
import { resolveTranslation, translatedLocales } from './translations.ts';

/** What is translated where: content entry ids, and locales that have each data set. */
export interface TranslationInventory {
  /** Ids of topics and pages, `<lang>/<slug>`. The home page is `pages/home`'s `<lang>/home`. */
  readonly contentIds: readonly string[];
  /** Locales with their own glossary file. */
  readonly glossaryLocales: readonly Locale[];
  /** Locales with their own UI strings file (category, search and embed pages are made of UI strings). */
  readonly uiLocales: readonly Locale[];
}

/** Each inventory's content ids as entries, made once: the sitemap asks for every page. */
const inventoryEntries = new WeakMap<TranslationInventory, readonly { id: string }[]>();

/**
 * The locales with a real translation of the page at a site path (without
 * base), for hreflang links. An English fallback is never an alternate.
 * @example
 * alternatesFor('es/cbt/', { contentIds: ['en/cbt', 'es/cbt'], glossaryLocales: ['en'], uiLocales: ['en', 'es'] })
 * // => ['en', 'es']
 */
export function alternatesFor(path: string, inventory: TranslationInventory): Locale[] {
  const { slug } = splitLocalePath(path);
  const contentSlug = slug === '' ? 'home' : slug;
  let entries = inventoryEntries.get(inventory);
  if (!entries) inventoryEntries.set(inventory, (entries = inventory.contentIds.map((id) => ({ id }))));
  if (resolveTranslation(entries, DEFAULT_LOCALE, contentSlug)) return translatedLocales(entries, contentSlug);
  const have = slug === 'glossary' ? inventory.glossaryLocales : inventory.uiLocales;
  return LOCALES.map((l) => l.code).filter((code) => code === DEFAULT_LOCALE || have.includes(code));
}

/**
 * Sitemap `links` for a page URL: one per real translation plus `x-default`
 * (English). Returns `undefined` for a fallback page (English text at a
 * translated URL), which the sitemap leaves out.
 * @example
 * sitemapLinks('https://x.org/es/cbt/', 'https://x.org/', inventory)
 * // => [{ lang: 'en', url: 'https://x.org/en/cbt/' }, { lang: 'es', url: 'https://x.org/es/cbt/' }, { lang: 'x-default', url: 'https://x.org/en/cbt/' }]
 */
export function sitemapLinks(
  pageUrl: string,
  siteRoot: string,
  inventory: TranslationInventory,
): { lang: string; url: string }[] | undefined {
  const path = pageUrl.slice(siteRoot.length);
  const { locale, slug } = splitLocalePath(path);
  if (!LOCALES.some((l) => l.code === locale)) return [];
  const alternates = alternatesFor(path, inventory);
  if (!alternates.includes(locale as Locale)) return undefined;
  const urlFor = (code: Locale) => `${siteRoot}${code}/${slug ? `${slug}/` : ''}`;
  const links = alternates.map((code) => ({ lang: localeInfo(code).tag, url: urlFor(code) }));
  return alternates.length > 1 ? [...links, { lang: 'x-default', url: urlFor(DEFAULT_LOCALE) }] : links;
}
