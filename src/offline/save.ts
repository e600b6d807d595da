/**
 * Saving a language for offline reading, bringing a saved copy up to date,
 * and removing it. Runs in the page (the reader sees progress and can close
 * the tab at any time); the worker only reads what this writes.
 *
 * A copy is written into a new cache named after the manifest's revision,
 * then published with one write of the offline record. A closed tab leaves a
 * `pending` entry and a partial cache that nothing serves: the next visit
 * offers to resume it, and resuming keeps every file already stored. Each
 * file's bytes are checked against its revision, so a deploy in the middle
 * of a download can never leave a copy that mixes two builds.
 */
import { cacheKey, isContentHashed } from './routes.ts';
import { manifestUrl, parseManifest, planUpdate, revisionsUrl, snapshotCacheName, SNAPSHOT_PREFIX, type OfflineFile, type OfflineManifest, type OfflineRevisions } from './manifest.ts';
import { readState, referencedCaches, STATE_CACHE, writeState, type OfflineState, type SavedCopy } from './state.ts';
import { OFFLINE_MESSAGE, SAVE_HEADER } from './protocol.ts';
import { isLeaving } from '../quick-exit/leaving.ts';

/** Bytes stored so far of a save's total. */
export interface SaveProgress {
  readonly done: number;
  readonly total: number;
}

export interface SaveOptions {
  readonly base: string;
  readonly locale: string;
  readonly onProgress?: (progress: SaveProgress) => void;
  readonly signal?: AbortSignal;
}

/** How many files download at once. */
const PARALLEL_DOWNLOADS = 4;
/** One lock for every change to saved copies, across this site's tabs. */
const LOCK = 'iop-offline';

/** A same-origin path as the full address a cache keys it by. */
const absolute = (path: string) => new URL(path, location.href).href;

/** Thrown when a file's bytes do not match its revision: the site changed during the save. */
export class RevisionMismatch extends Error {}

/**
 * Opens a cache for writing, unless the quick exit has started: its sweep
 * must not be followed by a cache this save creates again. (Writes to a cache
 * the sweep already deleted go nowhere.)
 */
function openForWriting(name: string): Promise<Cache> {
  if (isLeaving(document)) return Promise.reject(new Error('the quick exit has started'));
  return caches.open(name);
}

/** Runs `work` holding the offline lock, where the browser has Web Locks. */
function exclusively<T>(work: () => Promise<T>): Promise<T> {
  return navigator.locks ? (navigator.locks.request(LOCK, work) as Promise<T>) : work();
}

/** Whether another tab is changing saved copies right now. */
export async function busyElsewhere(): Promise<boolean> {
  const held = navigator.locks ? (await navigator.locks.query()).held ?? [] : [];
  return held.some((lock) => lock.name === LOCK);
}

const fromNetwork = (url: string, init: RequestInit = {}) =>
  fetch(url, { ...init, headers: { [SAVE_HEADER]: '1' } }).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response;
  });

/** The current manifest of a language, from the network. */
export async function fetchManifest(base: string, locale: string): Promise<OfflineManifest> {
  return parseManifest(await (await fromNetwork(manifestUrl(base, locale), { cache: 'no-cache' })).json(), locale);
}

/** The current revision of every language, from the network. */
export async function fetchRevisions(base: string): Promise<OfflineRevisions> {
  return (await (await fromNetwork(revisionsUrl(base), { cache: 'no-cache' })).json()) as OfflineRevisions;
}

/** The first 16 hex digits of the SHA-256 of `bytes`: a file's revision. */
async function revisionOf(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Tells the worker to read the offline record again. */
function tellWorker(): void {
  navigator.serviceWorker?.controller?.postMessage({ type: OFFLINE_MESSAGE.stateChanged });
}

async function updateState(base: string, change: (state: OfflineState) => OfflineState): Promise<void> {
  const next = change(await readState(caches, base));
  await writeState(await openForWriting(STATE_CACHE), base, next);
  tellWorker();
}

/** The manifest a saved copy was made from (stored in the copy itself). */
async function savedManifest(copy: SavedCopy | undefined, base: string, locale: string): Promise<OfflineManifest | undefined> {
  const response = copy && (await caches.match(absolute(manifestUrl(base, locale)), { cacheName: copy.cache }));
  return response ? parseManifest(await response.json(), locale) : undefined;
}

/** Downloads one file, checks it against its revision and stores it. */
async function download(file: OfflineFile, target: Cache, base: string, signal?: AbortSignal): Promise<void> {
  // Hashed files may come from the HTTP cache; every other file is revalidated.
  const response = await fromNetwork(file.url, { cache: isContentHashed(file.url, base) ? 'default' : 'no-cache', ...(signal ? { signal } : {}) });
  const bytes = await response.arrayBuffer();
  if ((await revisionOf(bytes)) !== file.revision) throw new RevisionMismatch(`${file.url} changed while saving`);
  await target.put(absolute(file.url), new Response(bytes, { headers: storedHeaders(response.headers) }));
}

/** Headers that describe the transfer, not the file: the stored bytes are already decoded. */
const TRANSFER_HEADERS = ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'];

/** The response's headers (its type and the security headers a page is served with), without the transfer ones. */
function storedHeaders(headers: Headers): Headers {
  const kept = new Headers(headers);
  for (const name of TRANSFER_HEADERS) kept.delete(name);
  return kept;
}

/** Saves (or resumes saving, or updates) a language once, against one manifest. */
async function saveOnce({ base, locale, onProgress, signal }: SaveOptions): Promise<SavedCopy> {
  const manifest = await fetchManifest(base, locale);
  const state = await readState(caches, base);
  const previous = state.saved[locale];
  if (previous?.revision === manifest.revision) return previous;
  const name = snapshotCacheName(locale, manifest.revision);
  const startedAt = Date.now();
  await updateState(base, (s) => ({ ...s, pending: { ...s.pending, [locale]: { cache: name, revision: manifest.revision, bytes: manifest.bytes, startedAt } } }));
  const target = await openForWriting(name);
  const stored = new Set((await target.keys()).map((request) => cacheKey(request.url)));
  const plan = planUpdate(await savedManifest(previous, base, locale), manifest);
  const missing: OfflineFile[] = [];
  let done = 0;
  const report = () => onProgress?.({ done, total: manifest.bytes });
  for (const file of plan.reuse) {
    const kept = stored.has(absolute(file.url)) || (await copyFrom(previous!, target, absolute(file.url)));
    if (kept) done += file.bytes;
    else missing.push(file);
  }
  for (const file of plan.download) {
    if (stored.has(absolute(file.url))) done += file.bytes;
    else missing.push(file);
  }
  report();
  const queue = [...missing];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      signal?.throwIfAborted();
      await download(file, target, base, signal);
      done += file.bytes;
      report();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
  await target.put(absolute(manifestUrl(base, locale)), new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }));
  const copy: SavedCopy = {
    cache: name,
    revision: manifest.revision,
    bytes: manifest.bytes,
    files: manifest.files.length,
    savedAt: previous?.savedAt ?? Date.now(),
    updatedAt: Date.now(),
  };
  // The one write that makes the new copy the one served.
  await updateState(base, (s) => {
    const { [locale]: _finished, ...pending } = s.pending;
    return { saved: { ...s.saved, [locale]: copy }, pending };
  });
  return copy;
}

/** Copies one unchanged file from the saved copy into the new one; false when it is missing there. */
async function copyFrom(copy: SavedCopy, target: Cache, key: string): Promise<boolean> {
  const response = await caches.match(key, { cacheName: copy.cache });
  if (!response) return false;
  await target.put(key, response);
  return true;
}

/**
 * Saves a language for offline reading, or resumes or updates its copy.
 * When the site changes during the save, it starts again once from the new
 * manifest (keeping what still matches). Rejects on a network error or
 * abort, leaving the record `pending` so the reader can resume.
 */
export function saveLanguage(options: SaveOptions): Promise<SavedCopy> {
  return exclusively(async () => {
    try {
      return await saveOnce(options);
    } catch (error) {
      if (!(error instanceof RevisionMismatch)) throw error;
      return saveOnce(options);
    } finally {
      await dropUnusedCopies(options.base);
    }
  });
}

/** Removes a language's saved copy, finished or not. */
export function removeLanguage(base: string, locale: string): Promise<void> {
  return exclusively(async () => {
    await updateState(base, (s) => {
      const { [locale]: _saved, ...saved } = s.saved;
      const { [locale]: _pending, ...pending } = s.pending;
      return { saved, pending };
    });
    await dropUnusedCopies(base);
  });
}

/**
 * Deletes saved-copy caches the record no longer names: copies replaced by
 * an update, and downloads abandoned for a newer revision.
 */
async function dropUnusedCopies(base: string): Promise<void> {
  const used = referencedCaches(await readState(caches, base));
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(SNAPSHOT_PREFIX) && !used.has(name)).map((name) => caches.delete(name)));
}

/**
 * Brings every saved language whose revision changed up to date, in the
 * background. Returns the languages it updated. Quietly does nothing offline.
 */
export async function updateSavedLanguages(base: string): Promise<string[]> {
  const state = await readState(caches, base);
  const saved = Object.keys(state.saved);
  if (saved.length === 0) return [];
  const revisions = await fetchRevisions(base).catch(() => undefined);
  if (!revisions) return [];
  const stale = saved.filter((locale) => revisions[locale] && revisions[locale] !== state.saved[locale]!.revision);
  for (const locale of stale) await saveLanguage({ base, locale });
  return stale;
}
