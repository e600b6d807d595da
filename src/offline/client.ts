/**
 * The offline client: loaded after the page, and only on pages with a save
 * panel or when something is saved (see ./start.ts). It runs the panels and
 * the offline page's list of saved languages, and brings saved languages up
 * to date in the background, with a small notice when it did.
 */
import { interpolate } from '../i18n/translate.ts';
import { url } from '../routing/url.ts';
import { languageName } from './language-name.ts';
import { canSave, mountSavePanel, savedDate } from './panel.ts';
import { updateSavedLanguages } from './save.ts';
import { showSavedLanguages } from './saved-list.ts';
import { readState } from './state.ts';

const base = url('');
const doc = document;

/** "Your saved copy of español was updated on …", at the top of the page, as a polite status. */
async function noticeUpdated(locales: readonly string[]): Promise<void> {
  const template = doc.querySelector<HTMLElement>('[data-offline-client]')?.dataset['msgUpdated'];
  const main = doc.querySelector('main');
  if (!template || !main || locales.length === 0) return;
  const state = await readState(caches, base);
  const tag = doc.documentElement.lang || 'en';
  const notice = doc.createElement('div');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  notice.dataset['offlineUpdated'] = '';
  for (const locale of locales) {
    const p = doc.createElement('p');
    const copy = state.saved[locale];
    p.textContent = interpolate(template, {
      language: languageName(locale, tag),
      date: savedDate(copy?.updatedAt ?? Date.now(), tag),
    });
    notice.append(p);
  }
  main.prepend(notice);
}

const panels = [...doc.querySelectorAll<HTMLElement>('[data-offline-panel]')].map((panel) => mountSavePanel(panel, base));
if (canSave(window)) {
  const list = doc.querySelector<HTMLElement>('[data-offline-saved]');
  if (list) void showSavedLanguages(list, base);
  if (navigator.onLine) {
    updateSavedLanguages(base)
      .then(async (updated) => {
        if (updated.length === 0) return;
        await noticeUpdated(updated);
        await Promise.all(panels.map((panel) => panel.refresh()));
      })
      .catch((error: unknown) => console.warn('Offline reading: the saved copy could not be updated now.', error));
  }
}
