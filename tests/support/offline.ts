import type { Page } from 'playwright-core';
import { STATE_CACHE, stateUrl, type OfflineState } from '../../src/offline/state.ts';

/** The offline record as the page reads it (src/offline/state.ts), or null when there is none. */
export function offlineRecord(page: Page, base = '/'): Promise<OfflineState | null> {
  return page.evaluate(
    async ([name, key]) => {
      if (!(await caches.has(name))) return null;
      const response = await (await caches.open(name)).match(new URL(key, location.origin).href);
      return response ? (response.json() as Promise<OfflineState>) : null;
    },
    [STATE_CACHE, stateUrl(base)] as const,
  );
}

/** Every key in every cache of the page's origin. */
export function allCacheKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const keys: string[] = [];
    for (const name of await caches.keys()) keys.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return keys;
  });
}

/**
 * Saves `locale` with the home page's panel, as a reader would, and resolves
 * when the panel says it is saved. Returns every value the `<progress>` showed.
 */
export async function saveWithPanel(page: Page, origin: string, locale: string): Promise<{ progress: number[]; sizeText: string }> {
  await page.goto(`${origin}/${locale}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const panel = page.locator('[data-offline-panel]');
  // The panel's script loads when the panel comes near the screen.
  await panel.scrollIntoViewIfNeeded();
  const save = panel.locator('[data-offline-save]');
  await save.waitFor({ state: 'visible' });
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-offline-status]')?.textContent ?? ''));
  const sizeText = (await panel.locator('[data-offline-status]').textContent()) ?? '';
  await page.evaluate(() => {
    const bar = document.querySelector('[data-offline-progress]')!;
    const seen: number[] = ((window as unknown as { progressSeen: number[] }).progressSeen = []);
    new MutationObserver(() => seen.push(Number(bar.getAttribute('value')))).observe(bar, { attributes: true, attributeFilter: ['value'] });
  });
  await save.click();
  await panel.locator('[data-offline-remove]').waitFor({ state: 'visible', timeout: 60_000 });
  return { progress: await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen), sizeText };
}
