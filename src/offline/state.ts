/**
 * The record of what is saved, kept as one entry in its own cache so that
 * the page and the service worker read the same thing, and so that a save or
 * an update becomes visible in one write: until that write, the copy being
 * read stays the old one (or none), never a half-written one.
 */

/** The cache holding the record. */
export const STATE_CACHE = 'iop-offline-state';

/** A saved language: the cache holding it and what it holds. */
export interface SavedCopy {
  readonly cache: string;
  readonly revision: string;
  readonly bytes: number;
  readonly files: number;
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
  readonly updatedAt: number;
}

/** A download that has started and not finished (it may have been cut off by a closed tab). */
export interface PendingCopy {
  readonly cache: string;
  readonly revision: string;
  readonly bytes: number;
  readonly startedAt: number;
}

/** What is saved, and what is being saved, by language code. */
export interface OfflineState {
  readonly saved: Readonly<Record<string, SavedCopy>>;
  readonly pending: Readonly<Record<string, PendingCopy>>;
}

export const EMPTY_STATE: OfflineState = { saved: {}, pending: {} };

/** The record's key (a same-origin address that no page uses). */
export function stateUrl(base: string): string {
  return `${base}offline/state`;
}

const isRecordOf = (value: unknown, ok: (item: Record<string, unknown>) => boolean) =>
  !!value && typeof value === 'object' && Object.values(value).every((item) => !!item && typeof item === 'object' && ok(item as Record<string, unknown>));
const isCopy = (item: Record<string, unknown>) => typeof item['cache'] === 'string' && typeof item['revision'] === 'string';

/**
 * Reads the record from its JSON text. Anything unreadable resets to nothing
 * saved, with a console warning: a broken record must not break the page.
 * @example
 * parseState('{"saved":{},"pending":{}}') // => { saved: {}, pending: {} }
 * parseState('nonsense') // => EMPTY_STATE (and a warning)
 */
export function parseState(text: string | undefined): OfflineState {
  if (text === undefined) return EMPTY_STATE;
  try {
    const value = JSON.parse(text) as Partial<OfflineState>;
    if (isRecordOf(value.saved, isCopy) && isRecordOf(value.pending, isCopy)) return value as OfflineState;
  } catch {
    // reported below
  }
  console.warn('Offline reading: the record of saved languages was unreadable and has been reset.');
  return EMPTY_STATE;
}

/** Reads the record (nothing saved when there is none). */
export async function readState(storage: CacheStorage, base: string): Promise<OfflineState> {
  if (!(await storage.has(STATE_CACHE))) return EMPTY_STATE;
  const response = await (await storage.open(STATE_CACHE)).match(stateUrl(base));
  return parseState(response ? await response.text() : undefined);
}

/** Writes the record in one `put`, into the opened {@link STATE_CACHE}. */
export async function writeState(cache: Cache, base: string, state: OfflineState): Promise<void> {
  await cache.put(stateUrl(base), new Response(JSON.stringify(state), { headers: { 'content-type': 'application/json' } }));
}

/** Every cache name the record points to, saved or pending. */
export function referencedCaches(state: OfflineState): Set<string> {
  return new Set([...Object.values(state.saved), ...Object.values(state.pending)].map((copy) => copy.cache));
}
