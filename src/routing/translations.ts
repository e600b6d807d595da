import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../i18n/locales.ts';

/** Anything stored as `<lang>/<slug>`: topic and page entries. */
export interface LocalizedEntry {
  readonly id: string;
}

/** The entry to show for a page in a locale, and whether it is the English fallback. */
export interface Resolved<T> {
  readonly entry: T;
  /** The locale the text is actually written in. */
  readonly contentLocale: Locale;
  /** True when the locale has no translation and the English text is shown. */
  readonly isFallback: boolean;
}

/** Each entry list's entries by id, made on first use: finding every page's translations stays linear in the number of entries. */
const indexes = new WeakMap<readonly LocalizedEntry[], ReadonlyMap<string, LocalizedEntry>>();

/** The entries of `entries` by id. The list must not change after its first lookup (the callers' lists are read-only). */
function byId<T extends LocalizedEntry>(entries: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(entries);
  if (!index) indexes.set(entries, (index = new Map(entries.map((e) => [e.id, e]))));
  return index as ReadonlyMap<string, T>;
}

/**
 * Splits an entry id into locale and slug.
 * @example
 * parseEntryId('zh-Hans/group-therapy') // => { locale: 'zh-Hans', slug: 'group-therapy' }
 */
export function parseEntryId(id: string): { locale: string; slug: string } {
  const slash = id.indexOf('/');
  return slash === -1 ? { locale: '', slug: id } : { locale: id.slice(0, slash), slug: id.slice(slash + 1) };
}

/**
 * Picks the translation of `slug` for `locale`, falling back to English.
 * Returns `undefined` if there is no English source either.
 * @example
 * resolveTranslation([{ id: 'en/cbt' }], 'fr', 'cbt') // => { entry: { id: 'en/cbt' }, contentLocale: 'en', isFallback: true }
 */
export function resolveTranslation<T extends LocalizedEntry>(
  entries: readonly T[],
  locale: Locale,
  slug: string,
): Resolved<T> | undefined {
  const index = byId(entries);
  const own = index.get(`${locale}/${slug}`);
  if (own) return { entry: own, contentLocale: locale, isFallback: false };
  const source = index.get(`${DEFAULT_LOCALE}/${slug}`);
  return source && { entry: source, contentLocale: DEFAULT_LOCALE, isFallback: locale !== DEFAULT_LOCALE };
}

/** Slugs that have an English source: the set of pages every locale publishes. */
export function sourceSlugs(entries: readonly LocalizedEntry[]): string[] {
  return entries
    .map((e) => parseEntryId(e.id))
    .filter((p) => p.locale === DEFAULT_LOCALE)
    .map((p) => p.slug);
}

/** Locales that have a real (non-fallback) translation of `slug`, default locale included. */
export function translatedLocales(entries: readonly LocalizedEntry[], slug: string): Locale[] {
  const index = byId(entries);
  return LOCALE_CODES.filter((locale) => index.has(`${locale}/${slug}`));
}

/**
 * Translations that have no English source (renamed or misspelled files),
 * and files in folders that are not a locale. Each is a mistake to report.
 * @example
 * strayEntries([{ id: 'en/cbt' }, { id: 'es/cbt-typo' }, { id: 'esp/cbt' }])
 * // => [{ id: 'es/cbt-typo', reason: 'no-source' }, { id: 'esp/cbt', reason: 'unknown-locale' }]
 */
export function strayEntries(
  entries: readonly LocalizedEntry[],
): { id: string; reason: 'no-source' | 'unknown-locale' }[] {
  const sources = new Set(sourceSlugs(entries));
  const stray: { id: string; reason: 'no-source' | 'unknown-locale' }[] = [];
  for (const { id } of entries) {
    const { locale, slug } = parseEntryId(id);
    if (!(LOCALE_CODES as readonly string[]).includes(locale)) stray.push({ id, reason: 'unknown-locale' });
    else if (!sources.has(slug)) stray.push({ id, reason: 'no-source' });
  }
  return stray;
}
