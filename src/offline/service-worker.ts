/// <reference lib="webworker" />
/**
 * The offline service worker, bundled to `sw.js` by ./integration.ts.
 *
 * - A saved language is served from its saved copy (one cache per revision,
 *   named in the offline record, see ./state.ts): pages, search bundle and
 *   assets all come from the same copy, online or not, so a page list and a
 *   search index from different builds are never mixed.
 * - Other pages: network first; what a reader visits is kept, under its
 *   address without the query, in a capped cache.
 * - Other search requests go straight to the network when nothing is saved.
 * - On a quick exit's message, no cache write starts, and the page hears
 *   back once those under way have landed (./write-gate.ts).
 * - Offline, a page that was neither saved nor visited gets its language's
 *   offline page; an address without its trailing slash is redirected to
 *   the one with it, as a static host does.
 * Workbox routes the requests and runs the network-first and cache-first
 * strategies; the saved copies are read directly (Workbox's precaching keys
 * its entries with a `?__WB_REVISION__` query and cannot hold one copy per
 * language and revision).
 */
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { cacheKey, entryLocale, isContentHashed, languageOfflinePage, localeOfPath, offlinePagePath, requestKind, slashedPagePath } from './routes.ts';
import { EMPTY_STATE, readState, type OfflineState, type SavedCopy } from './state.ts';
import { OFFLINE_MESSAGE, RUNTIME_CACHES, RUNTIME_LIMITS, SAVE_HEADER } from './protocol.ts';
import { createWriteGate } from './write-gate.ts';
import { LEAVING_MESSAGE } from '../quick-exit/leaving.ts';

declare const __BASE__: string;
declare const __LOCALES__: string[];
/** Per locale: its help page, its offline page and the script they load, cached at install. */
declare const __INSTALL__: Record<string, string[]>;

const worker = self as unknown as ServiceWorkerGlobalScope;
const locales = __LOCALES__;
/** A page the network has not answered in this time comes from the cache, when there is a copy. */
const NETWORK_TIMEOUT_SECONDS = 4;

let state: OfflineState = EMPTY_STATE;
let stateLoaded = false;
const loadState = () =>
  readState(caches, __BASE__).then((read) => {
    state = read;
    stateLoaded = true;
  });
let stateReady = loadState();

/** Keeps a cache to its newest `max` entries (a re-written entry counts as new). */
const capped = (max: number): WorkboxPlugin => ({
  cacheDidUpdate: async ({ cacheName }) => {
    const cache = await caches.open(cacheName);
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((key) => cache.delete(key)));
  },
});
/** Stores and looks up every entry under its address without the query. */
const withoutQuery: WorkboxPlugin = { cacheKeyWillBeUsed: async ({ request }) => cacheKey(request.url) };

/** Every cache write of the worker; the quick exit closes it (./write-gate.ts). */
const writes = createWriteGate();

const visitedPages = new NetworkFirst({
  cacheName: RUNTIME_CACHES.pages,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [withoutQuery, capped(RUNTIME_LIMITS.pages), writes.plugin],
});
const hashedAssets = new CacheFirst({ cacheName: RUNTIME_CACHES.assets, plugins: [withoutQuery, capped(RUNTIME_LIMITS.assets), writes.plugin] });
const otherAssets = new StaleWhileRevalidate({ cacheName: RUNTIME_CACHES.assets, plugins: [withoutQuery, capped(RUNTIME_LIMITS.assets), writes.plugin] });

const savedCopy = (locale: string | undefined): SavedCopy | undefined => (locale ? state.saved[locale] : undefined);
const fromCopy = (copy: SavedCopy | undefined, url: string) => (copy ? caches.match(cacheKey(url), { cacheName: copy.cache }) : undefined);

/** The locale of the page that made a request (a window's address), if any. */
async function clientLocale(clientId: string): Promise<string | undefined> {
  const client = clientId ? await worker.clients.get(clientId) : undefined;
  return client ? localeOfPath(new URL(client.url).pathname, __BASE__, locales) : undefined;
}

/** Offline, for a page that was neither saved nor visited: its language's offline page, else any language's. */
async function offlinePage(path: string): Promise<Response> {
  const own = offlinePagePath(path, __BASE__, locales);
  for (const candidate of [own, ...locales.map((code) => languageOfflinePage(__BASE__, code))]) {
    const hit = await caches.match(new URL(candidate, worker.location.origin).href);
    if (hit) return hit;
  }
  return Response.error();
}

// The downloads that fill a saved copy must come from the network, not from it.
const isSaveRequest = (request: Request) => request.headers.has(SAVE_HEADER);
const kindOf = (url: URL, request: Request) =>
  url.origin === worker.location.origin && !isSaveRequest(request) ? requestKind(url.pathname, __BASE__, request.mode === 'navigate') : undefined;

/** Whether some language is saved (true until the record is read). */
const somethingSaved = () => !stateLoaded || Object.keys(state.saved).length > 0;

registerRoute(
  // A page fetched by script (the search dialog's form) only matters offline
  // in a saved language; otherwise it goes straight to the network.
  ({ url, request }) => kindOf(url, request) === 'page' && (request.mode === 'navigate' || somethingSaved()),
  async ({ url, request, event }) => {
    stateReady = loadState();
    await stateReady;
    const saved = await fromCopy(savedCopy(localeOfPath(url.pathname, __BASE__, locales)), url.href);
    if (saved) return saved;
    try {
      return await visitedPages.handle({ request, event: event as FetchEvent });
    } catch {
      if (request.mode !== 'navigate') return Response.error();
      // An address typed without its trailing slash goes where the host would send it.
      const slashed = slashedPagePath(url.pathname);
      return slashed ? Response.redirect(new URL(slashed + url.search, url.origin).href, 301) : offlinePage(url.pathname);
    }
  },
);

registerRoute(
  // With nothing saved, search requests are not touched at all.
  ({ url, request }) => kindOf(url, request) === 'search' && somethingSaved(),
  async ({ url, request, event }) => {
    await stateReady;
    if (isContentHashed(url.pathname, __BASE__)) return (await caches.match(cacheKey(url.href))) ?? fetch(request);
    const locale = entryLocale(url, locales) ?? (await clientLocale((event as FetchEvent).clientId));
    if (locale) return (await fromCopy(savedCopy(locale), url.href)) ?? fetch(request);
    // Asked for by Pagefind's worker, which has no language: a shared file from any saved copy, newest first.
    for (const copy of Object.values(state.saved).sort((a, b) => b.updatedAt - a.updatedAt)) {
      const hit = await fromCopy(copy, url.href);
      if (hit) return hit;
    }
    return fetch(request);
  },
);

registerRoute(
  ({ url, request }) => kindOf(url, request) === 'asset',
  async ({ url, request, event }) => {
    await stateReady;
    const fetchEvent = event as FetchEvent;
    if (isContentHashed(url.pathname, __BASE__)) return (await caches.match(cacheKey(url.href))) ?? hashedAssets.handle({ request, event: fetchEvent });
    const saved = await fromCopy(savedCopy(await clientLocale(fetchEvent.clientId)), url.href);
    return saved ?? otherAssets.handle({ request, event: fetchEvent });
  },
);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // Only the language of the page that registered the worker.
      const [window] = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const locale = (window && localeOfPath(new URL(window.url).pathname, __BASE__, locales)) ?? locales[0]!;
      // One by one: a file missing from a deploy must not stop the worker from installing.
      await writes.run(async () => {
        const cache = await caches.open(RUNTIME_CACHES.pages);
        await Promise.allSettled((__INSTALL__[locale] ?? []).map((path) => cache.add(path)));
      });
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  // Caches of the first offline design (one per build, emptied on every deploy).
  const retired = (key: string) => key.startsWith('iop-library-');
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter(retired).map((key) => caches.delete(key))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === OFFLINE_MESSAGE.stateChanged) {
    stateReady = loadState();
    event.waitUntil(stateReady);
  } else if (event.data === LEAVING_MESSAGE) {
    // The quick exit: store nothing more, and answer once what is being stored has landed.
    event.waitUntil(writes.close().then(() => event.ports[0]?.postMessage(LEAVING_MESSAGE)));
  }
});
