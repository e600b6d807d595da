import { warn } from './warn.ts';

/** A widget class: a custom element that knows its version. */
export type WidgetConstructor = CustomElementConstructor & { readonly version: string };

/**
 * Defines a custom element only if the tag is still free, so the widget
 * script can be loaded twice (or in two versions) without throwing. When
 * another version already owns the tag, that one stays and a warning says so.
 * @example
 * registerWidget('iop-checklist', IopChecklist) // defines it, or keeps the first
 */
export function registerWidget(tag: string, element: WidgetConstructor): void {
  const existing = customElements.get(tag) as Partial<WidgetConstructor> | undefined;
  if (!existing) customElements.define(tag, element);
  else if (existing.version !== element.version) {
    warn(tag, `version ${existing.version} is already on this page, so version ${element.version} is not used. Load one widget script.`);
  }
}
