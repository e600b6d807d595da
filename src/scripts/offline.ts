/**
 * Registers the offline service worker so visited pages stay readable
 * without a connection. Quietly does nothing where service workers are not
 * available (private modes, old browsers, `file:` pages).
 */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
}

/**
 * Forgets every page this site cached for offline use. The quick exit calls
 * it so a shared device keeps no readable copy of what was read here.
 */
export function forgetOfflineCopies(): void {
  if (!('caches' in self)) return;
  void caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith('iop-library-')).map((key) => caches.delete(key))));
  void navigator.serviceWorker?.getRegistrations().then((list) => list.forEach((registration) => void registration.unregister()));
}
