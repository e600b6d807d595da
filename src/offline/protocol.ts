/**
 * Names the page and the service worker share. Pure constants.
 */

/** The worker's own caches, besides the saved copies and the offline record. */
export const RUNTIME_CACHES = {
  /** Pages the reader opened, and at install their language's help and offline pages. */
  pages: 'iop-pages',
  /** Scripts, icons and manifests of those pages. */
  assets: 'iop-assets',
} as const;

/** How many entries each runtime cache keeps (newest first); a saved language is not counted. */
export const RUNTIME_LIMITS = { pages: 60, assets: 40 } as const;

/**
 * A request header on the downloads that fill a saved copy: the worker lets
 * them through to the network, so a copy is never filled from an older one.
 */
export const SAVE_HEADER = 'x-iop-offline-save';

/** Messages from the page to the worker. */
export const OFFLINE_MESSAGE = {
  /** The offline record changed (a language was saved, updated or removed): read it again. */
  stateChanged: 'iop-offline-state-changed',
} as const;
