/**
 * Registers the offline service worker so visited pages stay readable
 * without a connection. Quietly does nothing where service workers are not
 * available (private modes, old browsers, `file:` pages).
 */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
}

