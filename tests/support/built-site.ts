import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';
import { launchChromium } from './browser.ts';
import { sharedBuild, type BuildConfig } from './build.ts';
import { headerRulesFile } from './dist.ts';

/** The served production build and a Chromium to browse it, for one test file. */
export interface BuiltSite {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash, no base). */
  readonly origin: string;
  readonly browser: Browser;
  /** The folder served. */
  readonly root: string;
  /** The path the site is served under, e.g. `/` or `/some/path/`. */
  readonly base: string;
  /** Every request path the server has seen, in order (with query). */
  readonly requests: readonly string[];
}

/**
 * Serves a build on loopback and launches Chromium for the current test
 * file, closing both afterwards: `dist/` (made by `npm test` or `npx astro
 * build`) by default, another folder, or a shared build configuration such as
 * {@link BASE_PATH_BUILD}, built once for all the files that use it. With
 * `hostHeaders`, the server sends exactly the build's generated header rules,
 * as a host would. Read the fields inside tests, not at load.
 */
export function useBuiltSite(source: string | BuildConfig = 'dist', options: { hostHeaders?: boolean } = {}): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let root = typeof source === 'string' ? source : '';
  const base = typeof source === 'string' ? '/' : source.base;
  beforeAll(async () => {
    if (typeof source !== 'string') root = await sharedBuild(source);
    server = await serveStatic(root, { base, ...(options.hostHeaders ? { rules: headerRulesFile(root) } : {}) });
    browser = await launchChromium();
  }, 600_000);
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
    get root() {
      return root;
    },
    base,
    get requests() {
      return server!.requests;
    },
  };
}
