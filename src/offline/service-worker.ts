/// <reference lib="webworker" />
// The offline service worker, bundled to `sw.js` by src/integrations/service-worker.ts.
// Build-time constants are injected by esbuild's `define`.
import { cacheStrategy, offlineFallback } from './cache-policy.ts';

declare const __BUILD_ID__: string;
declare const __BASE__: string;
declare const __LOCALES__: string[];

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `iop-library-${__BUILD_ID__}`;
/** Network answers slower than this on a page load fall back to the cached copy. */
const NETWORK_TIMEOUT_MS = 4000;

worker.addEventListener('install', (event) => {
  const helpPages = __LOCALES__.map((code) => `${__BASE__}${code}/help/`);
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(helpPages)).then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('iop-library-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  const strategy = cacheStrategy(url.pathname, __BASE__, request.mode);
  if (strategy === 'bypass') return;
  event.respondWith(respond(request, strategy, url.pathname));
});

async function respond(request: Request, strategy: Exclude<ReturnType<typeof cacheStrategy>, 'bypass'>, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: strategy === 'network-first' });
  const fromNetwork = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') void cache.put(request, response.clone());
    return response;
  });
  if (strategy === 'cache-first' && cached) return cached;
  if (strategy === 'stale-while-revalidate' && cached) {
    fromNetwork.catch(() => undefined);
    return cached;
  }
  if (strategy !== 'network-first') return fromNetwork;
  try {
    return await Promise.race([
      fromNetwork,
      new Promise<Response>((resolve, reject) =>
        setTimeout(() => (cached ? resolve(cached) : reject(new Error('timeout'))), NETWORK_TIMEOUT_MS),
      ),
    ]);
  } catch {
    return cached ?? (await cache.match(offlineFallback(path, __BASE__, __LOCALES__))) ?? Response.error();
  }
}
