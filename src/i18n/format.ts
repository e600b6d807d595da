import { localeInfo, type Locale } from './locales.ts';

/** One formatter per locale: making an `Intl.DateTimeFormat` costs far more than using one, and every page prints a date. */
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A date as readers of a locale write it, via `Intl`, in UTC so a build in
 * any time zone prints the same day.
 * @example
 * formatDate(new Date('2026-11-01'), 'fr') // => '1 novembre 2026'
 */
export function formatDate(date: Date, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.DateTimeFormat(localeInfo(locale).tag, { dateStyle: 'long', timeZone: 'UTC' })));
  return formatter.format(date);
}
