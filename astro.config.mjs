// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { DEFAULT_LOCALE, LOCALE_CODES } from './src/i18n/locales.ts';
import { SITE_ORIGIN } from './src/config/site.ts';
import pagefind from './src/integrations/pagefind.ts';

/** Serve from a sub-path with BASE_PATH=/some/path/ (the tests do). */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: SITE_ORIGIN,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALE_CODES],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Search runs Pagefind's WebAssembly: 'wasm-unsafe-eval' allows compiling
      // it, and nothing else (no eval, no inline scripts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [mdx(), pagefind()],
});
