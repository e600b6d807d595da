/** Keyboard state of the search combobox: which option is active. Pure. */

/** Keys that move the active option. */
export type MoveKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

/**
 * The next active option index after a key press, wrapping around; -1 means
 * none (focus stays in the text). With no options, always -1.
 * @example
 * nextActive(-1, 3, 'ArrowDown') // => 0
 * nextActive(2, 3, 'ArrowDown')  // => 0
 * nextActive(0, 3, 'ArrowUp')    // => 2
 * nextActive(-1, 3, 'ArrowUp')   // => 2
 */
export function nextActive(current: number, count: number, key: MoveKey): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}

/** Whether a key press is one the listbox handles. */
export function isMoveKey(key: string): key is MoveKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End';
}

/**
 * Whether a key press should open search: `/` outside text fields, or Ctrl/Cmd+K anywhere.
 * @example
 * isOpenShortcut({ key: 'k', ctrlKey: true, metaKey: false, altKey: false }, false) // => true
 * isOpenShortcut({ key: '/', ctrlKey: false, metaKey: false, altKey: false }, true)  // => false
 */
export function isOpenShortcut(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  inTextField: boolean,
): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !inTextField;
}
