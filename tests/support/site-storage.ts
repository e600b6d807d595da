import type { BrowserContext, Page } from 'playwright-core';
import { QUICK_EXIT_URL } from '../../src/config/site.ts';

/** Answers requests to the quick exit's neutral site locally, so nothing leaves the machine. */
export async function stubExitSite(context: BrowserContext): Promise<void> {
  await context.route(`${new URL(QUICK_EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Weather</title><p>Weather</p>' }),
  );
}

/** What the site's origin holds, read from a same-origin file that runs no script (so it registers nothing). */
export async function storedBySite(page: Page, origin: string) {
  await page.goto(`${origin}/favicon.svg`);
  return page.evaluate(async () => ({
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((db) => db.name),
  }));
}

/** What an origin holds after a clean exit. */
export const NOTHING = { caches: [], workers: 0, localStorage: [], sessionStorage: [], databases: [] };
