import { render, type TemplateResult } from 'lit/html.js';
import { DEFAULT_LOCALE, LOCALE_CODES, localeInfo, type Locale, type LocaleInfo } from '../../i18n/locales.ts';
import { matchLocale } from '../../i18n/match.ts';
import { interpolate, type Vars } from '../../i18n/translate.ts';
import { WIDGET_STRINGS, type WidgetKey } from '../translations/index.ts';
import { warn } from './warn.ts';

/** How a reactive property maps to an attribute (the subset of Lit's `PropertyDeclaration` the widgets use). */
export interface PropertyOptions {
  /** The attribute's name; the property's name when left out. */
  readonly attribute?: string;
  /** `Boolean`: present attribute is `true`. Otherwise the attribute's text. */
  readonly type?: BooleanConstructor;
  /** Write the (text) property back to the attribute after each change. */
  readonly reflect?: boolean;
}

/** The names of the properties that changed since the last render, with their old values. */
export type Changes<T> = Map<keyof T, unknown>;

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
 * Keeps a widget's CSS as text; whitespace is squeezed at build time.
 * @example
 * css`a{color:red}` // => 'a{color:red}'
 */
export const css = (strings: TemplateStringsArray): string => strings[0]!;

type Options = Record<string, PropertyOptions>;
type WidgetClass = typeof WidgetElement;

/**
 * The small part of `LitElement` the widgets need, on Lit's own `render()`
 * (Lit templating, with the renamed Trusted Types policy): reactive
 * properties with attributes, one batched render per microtask,
 * `willUpdate`, `updateComplete`, and styles adopted into an open shadow
 * root (constructable style sheets, so no `style` element and nothing for a
 * page's CSP to block). It also gives the widget its locale, `dir` and
 * strings: the locale follows the element's language (see `langOf`), matched
 * with BCP-47 rules; unknown languages show English with one warning. Any
 * `lang` change on the page re-renders the widget.
 */
export class WidgetElement extends HTMLElement {
  /** CSS text for the shadow root. */
  static styles = '';
  /** Reactive properties and their attributes. */
  static properties: Options = {};
  /** The style sheet made from `styles`, shared by every element of the class. */
  static sheet?: CSSStyleSheet;

  /** The attributes that set properties; also defines the property accessors, once per class. */
  static get observedAttributes(): string[] {
    const proto = this.prototype;
    return Object.entries(this.properties).map(([name, options]) => {
      if (!Object.hasOwn(proto, name)) {
        Object.defineProperty(proto, name, {
          get(this: WidgetElement) {
            return this.#values.get(name);
          },
          set(this: WidgetElement, value: unknown) {
            const old = this.#values.get(name);
            if (Object.is(old, value)) return;
            this.#values.set(name, value);
            this.requestUpdate(name, old);
          },
          configurable: true,
        });
      }
      return options.attribute ?? name;
    });
  }

  readonly renderRoot: ShadowRoot = this.attachShadow({ mode: 'open' });
  #values = new Map<string, unknown>();
  #changes = new Map<PropertyKey, unknown>();
  #observer = new MutationObserver(() => this.requestUpdate());
  #warned = '';
  /** The locale the widget renders in. */
  protected locale: Locale = DEFAULT_LOCALE;
  #pending = false;
  #done: Promise<boolean> = Promise.resolve(true);

  constructor() {
    super();
    // Values set on the element before it was upgraded hide the accessors: move them behind.
    for (const name in (this.constructor as WidgetClass).properties) {
      if (Object.hasOwn(this, name)) {
        const value = this[name as keyof this];
        delete this[name as keyof this];
        Promise.resolve().then(() => (this[name as keyof this] = value));
      }
    }
    const ctor = this.constructor as WidgetClass;
    if (!ctor.sheet) (ctor.sheet = new CSSStyleSheet()).replaceSync(ctor.styles);
    this.renderRoot.adoptedStyleSheets = [ctor.sheet];
  }

  connectedCallback(): void {
    const options = { attributeFilter: ['lang'], subtree: true };
    this.#observer.observe(document.documentElement, options);
    this.#observer.observe(this, options);
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.#observer.disconnect();
  }

  /** The locale's table entry: `tag` for the `lang` attribute, `dir` for text direction. */
  protected get info(): LocaleInfo {
    return localeInfo(this.locale);
  }

  /** One string in the widget's locale, with `{name}` placeholders filled. */
  protected t(key: WidgetKey, vars?: Vars): string {
    return interpolate(WIDGET_STRINGS[this.locale][key], vars);
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    for (const [name, options] of Object.entries((this.constructor as WidgetClass).properties)) {
      if ((options.attribute ?? name) === attribute) {
        (this as Record<string, unknown>)[name] = options.type === Boolean ? value !== null : value;
      }
    }
  }

  /** Schedules one render for this microtask, noting that `name` changed from `old`. */
  requestUpdate(name?: string, old?: unknown): void {
    if (name && !this.#changes.has(name)) this.#changes.set(name, old);
    if (this.#pending) return;
    this.#pending = true;
    this.#done = Promise.resolve().then(() => this.#update());
  }

  /** Resolves once the pending render is done. */
  get updateComplete(): Promise<boolean> {
    return this.#done;
  }

  #update(): boolean {
    this.#pending = false;
    if (!this.isConnected) return false;
    const changes = this.#changes;
    this.#changes = new Map();
    this.willUpdate(changes as Changes<this>);
    const tag = langOf(this);
    const match = matchLocale(tag);
    if (tag && !match && tag !== this.#warned) {
      this.#warned = tag;
      warn(this.localName, `lang="${tag}" is not supported, so English is shown. Supported: ${LOCALE_CODES.join(', ')}.`);
    }
    this.locale = match ?? DEFAULT_LOCALE;
    const properties = (this.constructor as WidgetClass).properties;
    for (const name of changes.keys()) {
      const options = properties[name as string];
      if (options?.reflect) {
        const value = this[name as keyof this];
        const attribute = options.attribute ?? (name as string);
        if (value == null) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      }
    }
    render(this.render(), this.renderRoot, { host: this });
    return true;
  }

  /** Runs before each render with the properties that changed since the last. */
  willUpdate(_changes: Changes<this>): void {}

  /** The shadow root's content. */
  render(): TemplateResult | undefined {
    return undefined;
  }
}
