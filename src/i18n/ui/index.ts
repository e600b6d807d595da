import type { Locale } from '../locales.ts';
import { createTranslator, type Translator } from '../translate.ts';
import en from './en.ts';

/** A site UI string key, defined by the English file. */
export type UIKey = keyof typeof en;

/** A translation of the site's UI strings. Keys may be missing (English is used); unknown keys are errors. */
export type UITranslation = Partial<Record<UIKey, string>>;

const modules = import.meta.glob<{ default: UITranslation }>('./*.ts', { eager: true });

/** Every locale's UI strings, keyed by locale code (from the file name). */
export const UI_STRINGS: { readonly en: typeof en } & Partial<Record<Locale, UITranslation>> = {
  ...Object.fromEntries(
    Object.entries(modules)
      .filter(([path]) => !path.endsWith('/index.ts'))
      .map(([path, mod]) => [path.replace(/^\.\/(.*)\.ts$/, '$1'), mod.default]),
  ),
  en,
};

/**
 * The site's `t()` for one locale, with English fallback per key.
 * @example
 * useTranslations('es')('nav.home') // => 'Inicio'
 */
export function useTranslations(locale: Locale): Translator<UIKey> {
  return createTranslator(locale, UI_STRINGS);
}
