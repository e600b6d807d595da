/**
 * `localStorage` access that never throws: sandboxed iframes and some private
 * modes block it, and a full quota makes writes fail. Callers keep working
 * from memory when these return `undefined` or `false`.
 */

/** The stored string for `key`, `null` when there is none, `undefined` when storage is blocked. */
export function readStored(key: string): string | null | undefined {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key` (or removes the key for `null`); `false` when storage is blocked or full. */
export function writeStored(key: string, value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
