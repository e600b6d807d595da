import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';

/**
 * The page's locale inside a component, from Astro's `currentLocale`
 * (the first URL segment), or the default locale outside a localized route.
 * @example
 * pageLocale('zh-Hans') // => 'zh-Hans'
 * pageLocale(undefined) // => 'en'
 */
export function pageLocale(currentLocale: string | undefined): Locale {
  return isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
}
