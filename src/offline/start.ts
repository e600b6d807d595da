/**
 * The offline feature's share of the page script (kept tiny): registers the
 * worker, and loads the offline client only where it has work: when a save
 * panel comes near the screen, or in a browser that has something saved.
 */
import { loadModule } from '../scripts/load-module.ts';
import { STATE_CACHE } from './state.ts';

/** Call after `load`, so the worker's install never competes with the first view. */
export function startOffline(doc: Document, base: string): void {
  const win = doc.defaultView!;
  if (!('serviceWorker' in win.navigator) || win.location.protocol === 'file:') return;
  win.navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  const src = doc.querySelector<HTMLElement>('[data-offline-client]')?.dataset['offlineClient'];
  if (!src || !('caches' in win)) return;
  const load = () => loadModule(doc, src);
  const panel = doc.querySelector('[data-offline-panel]');
  void win.caches.has(STATE_CACHE).then((saved) => {
    if (saved) load();
    else if (panel) {
      const seen = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        load();
      }, { rootMargin: '50%' });
      seen.observe(panel);
    }
  });
}
