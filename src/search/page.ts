/**
 * The search page: runs `?q=` on load, taking it out of the address bar so no
 * history entry keeps the search terms; keeps the category filter in the URL;
 * focuses the field on `/` or Ctrl/Cmd+K.
 */
import { takeFromAddressBar } from '../quick-exit/address-bar.ts';
import { CATEGORY_KEY, QUERY_PARAM } from './bundle.ts';
import { isOpenShortcut } from './listbox.ts';
import { mountSearch, type SearchBox } from './ui.ts';

/** Wires the search page's form; returns the search box, or undefined when the page has none. */
export function mountSearchPage(doc: Document): SearchBox | undefined {
  const root = doc.querySelector<HTMLElement>('[data-search]');
  if (!root) return undefined;
  const box = mountSearch(root, { syncUrl: true });
  const params = new URLSearchParams(doc.location.search);
  const category = params.get(CATEGORY_KEY) ?? '';
  const radio = [...root.querySelectorAll<HTMLInputElement>(`input[name="${CATEGORY_KEY}"]`)].find((r) => r.value === category);
  if (radio) radio.checked = true;
  const query = takeFromAddressBar(doc.defaultView!, [QUERY_PARAM]).get(QUERY_PARAM)?.trim() ?? '';
  if (query) void box.run(query);
  doc.addEventListener('keydown', (event) => {
    const inText = !!(event.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable]');
    if (isOpenShortcut(event, inText)) {
      event.preventDefault();
      box.focus();
    }
  });
  return box;
}
