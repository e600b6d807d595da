// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentSafetyPlugin } from './src/content-safety/mdast-plugin.ts';
import sitemap from '@astrojs/sitemap';
import offline from './src/offline/integration.ts';
import widgets from './src/widgets/integration.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from './src/i18n/locales.ts';
import { SITE_ORIGIN } from './src/config/site.ts';
import { sitemapLinks } from './src/routing/alternates.ts';
import { readInventory } from './src/routing/inventory.ts';
import pagefind from './src/integrations/pagefind.ts';
import { contentChunkName } from './src/content-loading/server-chunks.ts';
import deployHeaders from './src/deploy/integration.ts';

/** Serve from a sub-path with BASE_PATH=/some/path/ (the tests do). */
const base = process.env.BASE_PATH || '/';
const siteRoot = new URL(base, SITE_ORIGIN).href;
const inventory = readInventory();

export default defineConfig({
  site: SITE_ORIGIN,
  base,
  trailingSlash: 'always',
  // The site's styles are inline in each page, hashed into its CSP, by
  // src/layouts/SiteStyle.astro: no render-blocking stylesheet request.
  // Pages render four at a time: one page's file is written while the next
  // renders (one at a time, a quarter of rendering was spent waiting on
  // writes; docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  // No code blocks in the library; Shiki's inline styles would break the CSP if one appeared.
  markdown: {
    syntaxHighlight: false,
    // Content is data: MDX that imports code, runs expressions, holds raw HTML
    // or unsafe links fails the build (src/content-safety/).
    processor: satteri({ mdastPlugins: [contentSafetyPlugin] }),
  },
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALE_CODES],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    build: {
      rolldownOptions: {
        // One server chunk per content collection and language instead of
        // one per entry (src/content-loading/server-chunks.ts).
        output: { codeSplitting: { groups: [{ name: contentChunkName }] } },
        // Astro wraps every content entry in a module starting with the directive
        // "use astro:head-inject" (astro/dist/content/vite-plugin-content-assets.js),
        // and the bundler warns once per MDX entry that it drops it. Upstream:
        // https://github.com/withastro/astro/issues/18087. Silence exactly that
        // warning so any other one still shows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    mdx(),
    sitemap({
      // hreflang alternates name only real translations; English fallbacks at translated URLs are left out.
      filter: (page) => !page.endsWith('/404/'),
      serialize(item) {
        const links = sitemapLinks(item.url, siteRoot, inventory);
        return links === undefined ? undefined : { ...item, links };
      },
    }),
    pagefind(),
    widgets(),
    // After Pagefind: the offline manifests list each language's index files.
    offline(),
    // Last: writes a header rule for every built file (_headers, _deploy/).
    deployHeaders(),
  ],
});
