import { render, type TemplateResult } from 'lit/html.js';

/** Part of a widget that follows the host's life cycle (the subset of Lit's `ReactiveController` the widgets use). */
export interface Controller {
  hostConnected?(): void;
  hostDisconnected?(): void;
  /** Runs before each render, after `willUpdate`. */
  hostUpdate?(): void;
}

/** How a reactive property maps to an attribute (the subset of Lit's `PropertyDeclaration` the widgets use). */
export interface PropertyOptions {
  /** The attribute's name; the property's name when left out. */
  readonly attribute?: string;
  /** `Boolean`: present attribute is `true`. Otherwise the attribute's text. */
  readonly type?: BooleanConstructor;
  /** Write the property back to the attribute after each change. */
  readonly reflect?: boolean;
}

/** The names of the properties that changed since the last render, with their old values. */
export type Changes<T> = Map<keyof T, unknown>;

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
 * `willUpdate`, controllers, `updateComplete`, and styles adopted into an
 * open shadow root (constructable style sheets, so no `style` element and
 * nothing for a page's CSP to block).
 */
export class WidgetElement extends HTMLElement {
  /** CSS text (or a list of it) for the shadow root. */
  static styles: string | readonly string[] = [];
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
  #controllers: Controller[] = [];
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
    const sheet = (ctor.sheet ??= new CSSStyleSheet());
    if (!sheet.cssRules.length) sheet.replaceSync([ctor.styles].flat().join(''));
    this.renderRoot.adoptedStyleSheets = [sheet];
  }

  /** Adds a controller that follows this element's life cycle. */
  addController(controller: Controller): void {
    this.#controllers.push(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  connectedCallback(): void {
    for (const c of this.#controllers) c.hostConnected?.();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const c of this.#controllers) c.hostDisconnected?.();
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
    for (const c of this.#controllers) c.hostUpdate?.();
    const properties = (this.constructor as WidgetClass).properties;
    for (const name of changes.keys()) {
      const options = properties[name as string];
      if (options?.reflect) {
        const value = this[name as keyof this];
        const attribute = options.attribute ?? (name as string);
        if (value == null || value === false) this.removeAttribute(attribute);
        else this.setAttribute(attribute, value === true ? '' : String(value));
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
