/**
 * The search dialog, built by the search client the first time a reader
 * opens search. Its form is the search page's own (SearchPanel.astro),
 * fetched from the trigger's link: the form and its strings are written once,
 * and no page carries them before they are needed. That page is a file of
 * this site (same origin, static), parsed inertly; nothing from the query,
 * the URL or the index is parsed as HTML. If it cannot be fetched (offline
 * before search was ever used), the trigger's link is followed.
 */
import { mountSearch, type SearchBox } from './ui.ts';

interface SearchDialog {
  readonly dialog: HTMLDialogElement;
  readonly box: SearchBox;
}

let built: Promise<SearchDialog> | undefined;

/** Opens the page's search dialog (building it the first time) and focuses the search field. */
export async function openSearchDialog(doc: Document): Promise<void> {
  const trigger = doc.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  if (!trigger) return;
  built ??= buildDialog(doc, trigger);
  let search: SearchDialog;
  try {
    search = await built;
  } catch {
    built = undefined;
    doc.defaultView?.location.assign(trigger.href);
    return;
  }
  if (!search.dialog.open) search.dialog.showModal();
  search.box.focus();
}

/**
 * The element matching `selector` in a page's HTML, parsed in a `<template>`,
 * whose content never runs, loads or applies. (A DOMParser document would
 * check the fetched page's own `<style>` against this page's policy, and
 * report a CSP violation for it.)
 */
function inertElement(doc: Document, html: string, selector: string): HTMLElement | null {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content.querySelector<HTMLElement>(selector);
}

/** The dialog: a title bar (strings from the form's data attributes), and the search page's form, placed after the trigger. */
async function buildDialog(doc: Document, trigger: HTMLAnchorElement): Promise<SearchDialog> {
  const response = await fetch(trigger.href);
  if (!response.ok) throw new Error(`${trigger.href}: HTTP ${response.status}`);
  const panel = inertElement(doc, await response.text(), '[data-search]');
  if (!panel) throw new Error(`${trigger.href} has no [data-search] form`);
  const dialog = doc.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.dataset['searchDialog'] = '';
  const title = doc.createElement('h2');
  title.id = 'search-dialog-title';
  title.textContent = panel.dataset['msgDialogTitle'] ?? '';
  dialog.setAttribute('aria-labelledby', title.id);
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'search-dialog__close';
  close.textContent = panel.dataset['msgClose'] ?? '';
  close.addEventListener('click', () => dialog.close());
  const bar = doc.createElement('div');
  bar.className = 'search-dialog__bar';
  bar.append(title, close);
  dialog.append(bar, doc.adoptNode(panel));
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  trigger.after(dialog);
  return { dialog, box: mountSearch(panel) };
}
