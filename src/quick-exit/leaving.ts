/**
 * The page-wide sign that the quick exit has started: a class on `<html>`
 * (the stylesheet hides the page with it). Code that writes to storage in the
 * background (an offline save) checks it before each write, so nothing is
 * stored again after the clean-up has swept.
 */
export const LEAVING_CLASS = 'is-leaving';

/** Marks the page as leaving. */
export function markLeaving(doc: Document): void {
  doc.documentElement.classList.add(LEAVING_CLASS);
}

/** Whether the quick exit has started on this page. */
export function isLeaving(doc: Document): boolean {
  return doc.documentElement.classList.contains(LEAVING_CLASS);
}
