import { interpolate } from '../i18n/translate.ts';

/** How many Esc presses leave the site, and how quickly they must come. */
const PRESSES = 3;
const WINDOW_MS = 2000;

/**
 * Wires the "Leave this site" link: a click or three presses of Esc within
 * two seconds hide the page at once and replace it with the neutral site, so
 * the Back button does not bring the reader here again.
 */
export function installQuickExit(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  const status = doc.querySelector<HTMLElement>('[data-quick-exit-status]');
  if (!link) return;
  const leave = () => {
    if (status) status.textContent = link.dataset['leaving'] ?? '';
    doc.documentElement.classList.add('is-leaving');
    doc.defaultView?.location.replace(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  let presses: number[] = [];
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = event.timeStamp;
    presses = [...presses.filter((time) => now - time < WINDOW_MS), now];
    if (presses.length >= PRESSES) return leave();
    if (status) {
      status.textContent = interpolate(link.dataset['pressCount'] ?? '', { count: presses.length, total: PRESSES });
    }
  });
}
