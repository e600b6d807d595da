import { DEFAULT_LOCALE, LOCALE_CODES, localeInfo, type Locale, type LocaleInfo } from '../../i18n/locales.ts';
import { matchLocale } from '../../i18n/match.ts';
import { interpolate, type Vars } from '../../i18n/translate.ts';
import { WIDGET_STRINGS, type WidgetKey } from '../translations/index.ts';
import type { Controller, WidgetElement } from './element.ts';
import { warn } from './warn.ts';

/**
 * The language tag that applies to an element: its own `lang`, else the
 * nearest ancestor's (crossing shadow roots), else the document's. Empty
 * `lang` values are skipped.
 * @example
 * langOf(el) // => 'es-MX' for <div lang="es-MX"><iop-checklist></iop-checklist></div>
 */
export function langOf(element: Element): string {
  for (let node: Element | null | undefined = element; node; ) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    node = node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host;
  }
  return '';
}

/**
 * Gives a widget its locale, `dir` and strings. The locale follows the
 * element's language (see `langOf`), matched with BCP-47 rules; unknown
 * languages show English with one warning. Any `lang` change on the page
 * re-renders the widget.
 */
export class LocalizeController implements Controller {
  /** The locale the widget renders in. */
  locale: Locale = DEFAULT_LOCALE;
  #host: WidgetElement;
  #observer: MutationObserver;
  #warned = '';

  constructor(host: WidgetElement) {
    this.#host = host;
    this.#observer = new MutationObserver(() => host.requestUpdate());
    host.addController(this);
  }

  hostConnected(): void {
    const options = { attributeFilter: ['lang'], subtree: true };
    this.#observer.observe(document.documentElement, options);
    this.#observer.observe(this.#host, options);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  hostUpdate(): void {
    const tag = langOf(this.#host);
    const match = matchLocale(tag);
    if (tag && !match && tag !== this.#warned) {
      this.#warned = tag;
      warn(this.#host.localName, `lang="${tag}" is not supported, so English is shown. Supported: ${LOCALE_CODES.join(', ')}.`);
    }
    this.locale = match ?? DEFAULT_LOCALE;
  }

  /** The locale's table entry: `tag` for the `lang` attribute, `dir` for text direction. */
  get info(): LocaleInfo {
    return localeInfo(this.locale);
  }

  /** One string in the widget's locale, with `{name}` placeholders filled. */
  t(key: WidgetKey, vars?: Vars): string {
    return interpolate(WIDGET_STRINGS[this.locale][key], vars);
  }
}
