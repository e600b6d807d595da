import { DEFAULT_LOCALE, type Locale } from './locales.ts';

/** A dictionary with a fixed set of keys, English being the reference. */
export type Dictionary<K extends string> = Readonly<Record<K, string>>;

/** Placeholder values for a string like `'Call {number}'`. */
export type Vars = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders. Unknown placeholders are left visible so a
 * mistake shows up in review instead of as a blank.
 * @example
 * interpolate('Call {number}', { number: '988' }) // => 'Call 988'
 */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

/** Keys of `reference` that `dictionary` lacks or leaves blank. */
export function missingKeys<K extends string>(
  reference: Dictionary<K>,
  dictionary: Partial<Record<K, string>>,
): K[] {
  return (Object.keys(reference) as K[]).filter((key) => !dictionary[key]?.trim());
}

/** A translation function bound to one locale. */
export interface Translator<K extends string> {
  (key: K, vars?: Vars): string;
  /** The locale the string actually came from: the page's, or English after a fallback. */
  localeOf(key: K): Locale;
}

/**
 * Builds `t()` for one locale. A key missing in that locale falls back to
 * English, so a page never shows a blank; `localeOf` lets the caller mark the
 * fallback with `lang="en"`.
 * @example
 * const t = createTranslator('es', { en: { hi: 'Hello' }, es: {} })
 * t('hi') // => 'Hello'
 * t.localeOf('hi') // => 'en'
 */
export function createTranslator<K extends string>(
  locale: Locale,
  dictionaries: { readonly en: Dictionary<K> } & Partial<Record<Locale, Partial<Record<K, string>>>>,
): Translator<K> {
  const own: Partial<Record<K, string>> = dictionaries[locale] ?? {};
  const localeOf = (key: K): Locale => (own[key]?.trim() ? locale : DEFAULT_LOCALE);
  // An unknown key (only possible past the type checker) shows itself rather than a blank.
  const t = (key: K, vars?: Vars) => interpolate(own[key]?.trim() ? own[key]! : (dictionaries.en[key] ?? key), vars);
  return Object.assign(t, { localeOf });
}
