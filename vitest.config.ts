/// <reference types="vitest/config" />
import { playwright } from '@vitest/browser-playwright';
import { getViteConfig } from 'astro/config';
import { chromiumPath, CHROMIUM_ARGS } from './tests/support/chromium.ts';
import { LongestFirstSequencer } from './tests/support/sequencer.ts';

/**
 * Three projects:
 * - unit: pure modules in Node, no build;
 * - browser: widgets and client code imported from source, in real Chromium;
 * - site: whole-site checks against the production build in `dist/` (made by `npm test`),
 *   and against shared builds of other configurations (tests/support/build.ts).
 */
export default getViteConfig({
  test: {
    // Three files at a time on two cores (Vitest's default there is one): a
    // site test file keeps about two thirds of a core busy, as it waits on
    // Chromium between steps, so three keep both cores working.
    maxWorkers: 3,
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'src/widgets/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          environment: 'node',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Chromium shares two cores with two other test files and the type check:
          // what a page shows within a second alone can take several under load.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
