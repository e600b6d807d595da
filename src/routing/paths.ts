import type { Locale } from '../i18n/locales.ts';

/**
 * Joins a base path and a site path into an internal URL with a trailing
 * slash for pages. Pure: the site wrapper `url()` passes Astro's base.
 * @example
 * joinBase('/some/path/', 'en/help')     // => '/some/path/en/help/'
 * joinBase('/', '')                       // => '/'
 * joinBase('/', 'widgets/iop.js')         // => '/widgets/iop.js'
 * joinBase('/', 'en/glossary#aftercare')  // => '/en/glossary/#aftercare'
 */
export function joinBase(base: string, path: string): string {
  const [pathname = '', hash] = path.split('#', 2);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const trimmed = pathname.replace(/^\/+/, '');
  const isFile = /\.[a-z0-9]+$/i.test(trimmed);
  const withSlash = trimmed === '' || isFile || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  return `${prefix}${withSlash}${hash === undefined ? '' : `#${hash}`}`;
}

/**
 * The site path of a page in a locale, without base.
 * @example
 * localePath('fr', 'group-therapy') // => 'fr/group-therapy/'
 * localePath('ar')                  // => 'ar/'
 */
export function localePath(locale: Locale, slug = ''): string {
  return slug ? `${locale}/${slug.replace(/^\/+|\/+$/g, '')}/` : `${locale}/`;
}

/**
 * Splits a site path (without base) into its locale segment and the rest.
 * @example
 * splitLocalePath('zh-Hans/help/') // => { locale: 'zh-Hans', slug: 'help' }
 */
export function splitLocalePath(path: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = path.replace(/^\/+|\/+$/g, '').split('/');
  return { locale, slug: rest.join('/') };
}
