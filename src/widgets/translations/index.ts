import type { Locale } from '../../i18n/locales.ts';
import en from './en.ts';
import es from './es.ts';
import fr from './fr.ts';
import zhHans from './zh-Hans.ts';
import vi from './vi.ts';
import ar from './ar.ts';

/** A widget string key, defined by the English file. */
export type WidgetKey = keyof typeof en;

/** A complete translation of the widgets' strings: a missing or unknown key is a type error. */
export type WidgetTranslation = { readonly [K in WidgetKey]: string };

/** Every locale's widget strings. All six ship inside the widget bundle. */
export const WIDGET_STRINGS: Readonly<Record<Locale, WidgetTranslation>> = { en, es, fr, 'zh-Hans': zhHans, vi, ar };
