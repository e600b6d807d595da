/**
 * Runs a "Save this language for offline" panel (SavePanel.astro): size
 * first, then a `<progress>` and a polite status line while saving, then the
 * saved copy's date and a remove button. A save cut off by a closed tab is
 * offered for resuming. Strings come from the panel's `data-msg-*`
 * attributes; text is set with `textContent` only.
 */
import { interpolate } from '../i18n/translate.ts';
import { formatMegabytes } from './manifest.ts';
import { busyElsewhere, fetchManifest, removeLanguage, saveLanguage } from './save.ts';
import { readState } from './state.ts';

/** The status line speaks at most every this many percent, so a screen reader is not flooded. */
const ANNOUNCE_STEP = 10;

/** When a saved copy was made or updated, as the reader's language writes a date (in the reader's own time zone). */
export function savedDate(ms: number, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(ms);
}

/** Whether this browser can keep a saved copy: Cache Storage, SHA-256 and a service worker, in a secure context. */
export function canSave(win: Window): boolean {
  return win.isSecureContext && 'caches' in win && !!win.crypto?.subtle && 'serviceWorker' in win.navigator;
}

/** A mounted panel: `refresh` shows the saved state again (after a background update). */
export interface SavePanel {
  refresh(): Promise<void>;
}

/** Wires one panel. */
export function mountSavePanel(root: HTMLElement, base: string): SavePanel {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  const tag = doc.documentElement.lang || 'en';
  const locale = root.dataset['locale'] ?? '';
  const msg = (name: string, vars?: Record<string, string | number>) => interpolate(root.dataset[`msg${name}`] ?? '', vars);
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const buttons = {
    save: root.querySelector<HTMLButtonElement>('[data-offline-save]')!,
    resume: root.querySelector<HTMLButtonElement>('[data-offline-resume]')!,
    remove: root.querySelector<HTMLButtonElement>('[data-offline-remove]')!,
  };
  const show = (...visible: (keyof typeof buttons)[]) => {
    for (const [name, button] of Object.entries(buttons)) {
      button.hidden = !visible.includes(name as keyof typeof buttons);
      button.disabled = false;
    }
  };
  const size = (bytes: number) => formatMegabytes(bytes, tag);

  if (!canSave(win)) {
    status.textContent = msg('Unsupported');
    return { refresh: async () => undefined };
  }

  /** Shows what is saved now, and the actions that fit. */
  const render = async (note?: string) => {
    const state = await readState(caches, base);
    const saved = state.saved[locale];
    const pending = state.pending[locale];
    progress.hidden = true;
    // A saved copy being brought up to date is still the one read: show it as saved.
    if (saved) {
      status.textContent = `${note ? `${note} ` : ''}${msg('Saved', { date: savedDate(saved.updatedAt, tag) })}`;
      show('remove');
    } else if (pending) {
      const busy = await busyElsewhere();
      status.textContent = busy ? msg('Busy') : msg('Interrupted');
      show(...(busy ? [] : (['resume', 'remove'] as const)));
    } else {
      show('save');
      status.textContent = note ?? '';
      const manifest = await fetchManifest(base, locale).catch(() => undefined);
      if (manifest) status.textContent = `${note ? `${note} ` : ''}${msg('Size', { size: size(manifest.bytes) })}`;
    }
  };

  const save = async (button: HTMLButtonElement) => {
    button.disabled = true;
    progress.value = 0;
    progress.hidden = false;
    let spoken = -ANNOUNCE_STEP;
    try {
      await saveLanguage({
        base,
        locale,
        onProgress: ({ done, total }) => {
          const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
          progress.value = percent;
          if (percent - spoken >= ANNOUNCE_STEP || percent === 100) {
            spoken = percent;
            status.textContent = msg('Saving', { percent, size: size(total) });
          }
        },
      });
      // Ask the browser to keep the copy under storage pressure (it may say no).
      await navigator.storage?.persist?.().catch(() => false);
      await render();
      buttons.remove.focus();
    } catch (error) {
      console.warn('Offline reading: saving stopped.', error);
      await render();
      status.textContent = `${msg('Failed')} ${status.textContent}`;
      (buttons.resume.hidden ? buttons.save : buttons.resume).focus();
    }
  };

  buttons.save.addEventListener('click', () => void save(buttons.save));
  buttons.resume.addEventListener('click', () => void save(buttons.resume));
  buttons.remove.addEventListener('click', async () => {
    buttons.remove.disabled = true;
    await removeLanguage(base, locale);
    await render(msg('Removed'));
    buttons.save.focus();
  });
  void render();
  return { refresh: () => render() };
}
