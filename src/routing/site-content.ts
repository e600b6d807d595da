import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { sourceHash, translationState, type TranslationState } from '../i18n/source-hash.ts';
import { resolveTranslation, sourceSlugs, translatedLocales, type Resolved } from './translations.ts';

type Translatable = CollectionEntry<'topics'> | CollectionEntry<'pages'>;

/** One page's content in one locale: the entry shown, and its translation state. */
export type LocalizedContent<E extends Translatable> = Resolved<E> & {
  readonly slug: string;
  readonly state: TranslationState;
  /** Locales with a real translation (for hreflang and the sitemap). */
  readonly alternates: Locale[];
};

/** Version stamps of English sources by id and digest (which changes with the file): each is hashed once, not once per locale and page. */
const stamps = new Map<string, string>();

/** The English source's `sourceHash`, from the cache when its digest is unchanged. */
function stampOf(source: Translatable): string {
  const key = source.digest === undefined ? undefined : `${source.collection}/${source.id}@${source.digest}`;
  const cached = key && stamps.get(key);
  if (cached) return cached;
  const stamp = sourceHash({ ...source.data, body: source.body ?? '' });
  if (key) stamps.set(key, stamp);
  return stamp;
}

/** Resolves every source slug of a collection in one locale. Site wrapper over the pure `translations` module. */
async function localize<N extends 'topics' | 'pages'>(collection: N, locale: Locale) {
  const entries = (await getCollection(collection)) as CollectionEntry<N>[];
  return sourceSlugs(entries).map((slug) => {
    const resolved = resolveTranslation(entries, locale, slug)!;
    const source = resolveTranslation(entries, DEFAULT_LOCALE, slug)!.entry;
    const state = translationState({
      isSource: locale === DEFAULT_LOCALE,
      exists: !resolved.isFallback,
      recorded: resolved.entry.data.sourceHash,
      current: stampOf(source),
    });
    return { ...resolved, slug, state, alternates: translatedLocales(entries, slug) } as LocalizedContent<CollectionEntry<N>>;
  });
}

/** Every topic in a locale (translation or English fallback). */
export function localizedTopics(locale: Locale) {
  return localize('topics', locale);
}

/** Every stand-alone page (home, help, about) in a locale. */
export function localizedPages(locale: Locale) {
  return localize('pages', locale);
}

/** Topics with the fields `topic-order` sorts by (slug, category, order), each kept as `topic`. */
export function orderable(topics: readonly LocalizedContent<CollectionEntry<'topics'>>[]) {
  return topics.map((topic) => ({ slug: topic.slug, category: topic.entry.data.category, order: topic.entry.data.order, topic }));
}
