import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';
import { launchChromium } from './browser.ts';

/** The served production build and a Chromium to browse it, for one test file. */
export interface BuiltSite {
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * Serves `dist/` on loopback and launches Chromium for the current test
 * file, closing both afterwards. Read the fields inside tests, not at load.
 */
export function useBuiltSite(root = 'dist'): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(root);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server!.origin;
    },
    get browser() {
      return browser!;
    },
  };
}
