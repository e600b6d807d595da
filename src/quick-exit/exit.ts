/**
 * Wires the "Leave this site" link: a click, or three presses of Esc within
 * two seconds, hides the page at once, erases what the site stored (waiting
 * up to `CLEAN_UP_CAP_MS`), then replaces the page with the neutral site, so
 * Back does not bring the reader here again.
 */
import { interpolate } from '../i18n/translate.ts';
import { CLEAN_UP_CAP_MS, settleWithin, siteCleanUpSteps } from './clean-up.ts';
import { markLeaving } from './leaving.ts';

/** How many Esc presses leave the site, and how quickly they must come. */
const PRESSES = 3;
const WINDOW_MS = 2000;

/** Installs the quick exit on a page that has a `[data-quick-exit]` link. */
export function installQuickExit(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  const status = doc.querySelector<HTMLElement>('[data-quick-exit-status]');
  const win = doc.defaultView;
  if (!link || !win) return;
  let leaving = false;
  const leave = async () => {
    if (leaving) return;
    leaving = true;
    markLeaving(doc);
    doc.title = link.dataset['leaving'] ?? '';
    if (status) status.textContent = link.dataset['leaving'] ?? '';
    try {
      await settleWithin(siteCleanUpSteps(win), CLEAN_UP_CAP_MS);
    } finally {
      win.location.replace(link.href);
    }
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void leave();
  });
  let presses: number[] = [];
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = event.timeStamp;
    presses = [...presses.filter((time) => now - time < WINDOW_MS), now];
    if (presses.length >= PRESSES) return void leave();
    if (status) {
      status.textContent = interpolate(link.dataset['pressCount'] ?? '', { count: presses.length, total: PRESSES });
    }
  });
}
