import type { Locale } from '../i18n/locales.ts';
import { joinBase, localePath } from './paths.ts';

/**
 * The one way to make an internal URL: every link, asset and script path on
 * the site goes through here so the site works under a sub-path.
 * @example
 * url('en/help') // => '/en/help/' (or '/some/path/en/help/' with a base)
 */
export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * The URL of a page in a locale.
 * @example
 * pageUrl('es', 'group-therapy') // => '/es/group-therapy/'
 */
export function pageUrl(locale: Locale, slug = ''): string {
  return url(localePath(locale, slug));
}
