import { localeInfo, type Locale } from './locales.ts';

/**
 * A date as readers of a locale write it, via `Intl`, in UTC so a build in
 * any time zone prints the same day.
 * @example
 * formatDate(new Date('2026-11-01'), 'fr') // => '1 novembre 2026'
 */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo(locale).tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
