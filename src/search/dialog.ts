/** The search dialog, loaded by the trigger the first time a reader opens search. */
import { mountSearch, type SearchBox } from './ui.ts';

let box: SearchBox | undefined;

/** Opens the page's search dialog (wiring it the first time) and focuses the search field. */
export function openSearchDialog(doc: Document): void {
  const dialog = doc.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const panel = dialog?.querySelector<HTMLElement>('[data-search]');
  if (!dialog || !panel) return;
  if (!box) {
    box = mountSearch(panel);
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
  if (!dialog.open) dialog.showModal();
  box.focus();
}
