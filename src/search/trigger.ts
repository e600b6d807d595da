/**
 * The only search code a content page loads up front (under 1 KB gzip): it
 * turns the "Search" link into a button that opens the dialog, listens for
 * `/` and Ctrl/Cmd+K, and loads the search client (a module script whose URL
 * the server renders in `data-search-client`) on first use, or at once when
 * the page was opened from a result and has terms to highlight. It takes
 * those terms out of the address bar at once, so history never keeps them.
 */
import { takeFromAddressBar } from '../quick-exit/address-bar.ts';
import { loadModule } from '../scripts/load-module.ts';
import { HIGHLIGHT_PARAM } from './bundle.ts';
import { isOpenShortcut } from './listbox.ts';
import { HIGHLIGHT_ATTRIBUTE, OPEN_EVENT, REQUEST_ATTRIBUTE } from './trigger-protocol.ts';

/** Wires the search trigger of a page. */
export function installSearchTrigger(doc: Document): void {
  const trigger = doc.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  const src = trigger?.dataset['searchClient'];
  if (!trigger || !src) return;
  const load = () => loadModule(doc, src);
  const open = (event: Event) => {
    event.preventDefault();
    doc.documentElement.setAttribute(REQUEST_ATTRIBUTE, '');
    load();
    doc.dispatchEvent(new Event(OPEN_EVENT));
  };
  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', open);
  trigger.addEventListener('keydown', (event) => {
    if (event.key === ' ') open(event);
  });
  doc.addEventListener('keydown', (event) => {
    const inText = !!(event.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable]');
    if (!event.defaultPrevented && isOpenShortcut(event, inText)) open(event);
  });
  const highlight = takeFromAddressBar(doc.defaultView!, [HIGHLIGHT_PARAM]);
  if (highlight.size > 0) {
    doc.documentElement.setAttribute(HIGHLIGHT_ATTRIBUTE, highlight.toString());
    load();
  }
}
