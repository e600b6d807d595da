/**
 * The offline page's "Saved on this phone" list: the page renders one hidden
 * item per language; this shows the saved ones (or "none yet").
 */
import { readState } from './state.ts';

export async function showSavedLanguages(section: HTMLElement, base: string): Promise<void> {
  const saved = Object.keys((await readState(caches, base)).saved);
  for (const item of section.querySelectorAll<HTMLElement>('[data-offline-saved-item]')) {
    item.hidden = !saved.includes(item.dataset['offlineSavedItem'] ?? '');
  }
  section.querySelector<HTMLElement>('[data-offline-none]')!.hidden = saved.length > 0;
  section.hidden = false;
}
