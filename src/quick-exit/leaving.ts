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

/**
 * What the clean-up posts to each service worker of the site, with a port
 * for the answer: the worker starts no cache write after it, and answers the
 * same once the writes under way have landed, so the sweep that follows finds
 * them all (src/offline/write-gate.ts).
 */
export const LEAVING_MESSAGE = 'iop-leaving';
