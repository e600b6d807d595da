import { LitElement, type PropertyValues } from 'lit';
import { DEFAULT_LOCALE, LOCALE_CODES, localeInfo, type Locale, type LocaleInfo } from '../../i18n/locales.ts';
import { matchLocale } from '../../i18n/match.ts';
import { interpolate, type Vars } from '../../i18n/translate.ts';
import { WIDGET_STRINGS, type WidgetKey } from '../translations/index.ts';
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
 * What both widgets share on top of `LitElement`:
 * - the locale, `dir` and strings, following the element's language (see
 *   `langOf`, matched with BCP-47 rules; unknown languages show English with
 *   one warning), re-rendering when any `lang` on the page changes;
 * - never blank: if an update throws for any reason, the shadow root shows
 *   the element's light-DOM fallback (a `<slot>`) from then on, with a
 *   warning, and nothing is thrown at the page.
 */
export class IopElement extends LitElement {
  /** The locale the widget renders in. */
  protected locale: Locale = DEFAULT_LOCALE;
  #observer = new MutationObserver(() => this.requestUpdate());
  #warnedLang = '';
  #failed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const options = { attributeFilter: ['lang'], subtree: true };
    this.#observer.observe(document.documentElement, options);
    this.#observer.observe(this, options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  /** Logs a warning naming this element. */
  protected warn = (message: string): void => warn(this.localName, message);

  /** The locale's table entry: `tag` for the `lang` attribute, `dir` for text direction. */
  protected get info(): LocaleInfo {
    return localeInfo(this.locale);
  }

  /** One string in the widget's locale, with `{name}` placeholders filled. */
  protected t(key: WidgetKey, vars?: Vars): string {
    return interpolate(WIDGET_STRINGS[this.locale][key], vars);
  }

  /** Whether the partner put fallback content (elements or text) inside the element. */
  protected get hasFallback(): boolean {
    return [...this.childNodes].some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const tag = langOf(this);
    const match = matchLocale(tag);
    if (tag && !match && tag !== this.#warnedLang) {
      this.#warnedLang = tag;
      this.warn(`lang="${tag}" is not supported, so English is shown. Supported: ${LOCALE_CODES.join(', ')}.`);
    }
    this.locale = match ?? DEFAULT_LOCALE;
  }

  override shouldUpdate(changed: PropertyValues): boolean {
    return !this.#failed && super.shouldUpdate(changed);
  }

  /** Runs Lit's update; a failure anywhere in it shows the fallback instead of leaving the widget blank. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.#failed = true;
      this.renderRoot.replaceChildren(document.createElement('slot'));
      this.warn(`could not render (${error instanceof Error ? error.message : String(error)}), so its fallback content is shown.`);
    }
  }
}
