/**
 * The one locale table. Astro's i18n config, the pages, the language picker,
 * the widgets, the search index and the tests all import it.
 */

/** One language the library is published in. */
export interface LocaleInfo {
  /** URL segment and content folder name, e.g. `zh-Hans` in `/zh-Hans/help/`. */
  readonly code: string;
  /** The language's name, written in that language, for the picker. */
  readonly name: string;
  /** The language's name in English, for docs and tooling output. */
  readonly englishName: string;
  /** Text direction. */
  readonly dir: 'ltr' | 'rtl';
  /** BCP-47 tag for `<html lang>`, `Intl` and Pagefind's per-language index. */
  readonly tag: string;
}

/** Every published locale, default first. Order is the picker's order. */
export const LOCALES = [
  { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', tag: 'en' },
  { code: 'es', name: 'Español', englishName: 'Spanish', dir: 'ltr', tag: 'es' },
  { code: 'fr', name: 'Français', englishName: 'French', dir: 'ltr', tag: 'fr' },
  { code: 'zh-Hans', name: '简体中文', englishName: 'Chinese (Simplified)', dir: 'ltr', tag: 'zh-Hans' },
  { code: 'vi', name: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr', tag: 'vi' },
  { code: 'ar', name: 'العربية', englishName: 'Arabic', dir: 'rtl', tag: 'ar' },
] as const satisfies readonly LocaleInfo[];

/** A published locale code, e.g. `'zh-Hans'`. */
export type Locale = (typeof LOCALES)[number]['code'];

/** The locale every other one falls back to. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** All locale codes, default first. */
// Pure: a script that imports this module for one helper does not carry the table.
export const LOCALE_CODES: readonly Locale[] = /* @__PURE__ */ LOCALES.map((l) => l.code);

/** Whether a string is one of our locale codes (exact, case-sensitive). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

/**
 * The table entry for a locale code.
 * @example
 * localeInfo('ar').dir // => 'rtl'
 */
export function localeInfo(code: Locale): LocaleInfo {
  return LOCALES.find((l) => l.code === code)!;
}
