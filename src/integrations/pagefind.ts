/**
 * Builds the search index at the end of `astro build` with Pagefind's Node
 * API, and fails the build on any error Pagefind reports.
 *
 * What is indexed: only `<main data-pagefind-body>`, which the layout sets on
 * pages whose text is in the page's own language. English fallbacks at a
 * translated URL get no `data-pagefind-body`, so they are EXCLUDED: no
 * language's index holds another language's text. Chrome carries
 * `data-pagefind-ignore`. Pagefind makes one index per `<html lang>`
 * (lower-cased: `zh-Hans` becomes `zh-hans`, still segmented as Chinese).
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { BUNDLE_DIR, UNUSED_BUNDLE_FILES } from '../search/bundle.ts';

/** What an index build made: pages per language key. */
export interface IndexSummary {
  readonly pageCount: number;
  readonly languages: Readonly<Record<string, number>>;
}

/**
 * Throws when a Pagefind step reported errors, naming the step and each error.
 * @example
 * assertNoErrors('writeFiles', []) // => undefined
 * assertNoErrors('addDirectory', ['bad html']) // throws 'Pagefind addDirectory failed: bad html'
 */
export function assertNoErrors(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) {
    throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}. Fix the HTML or the Pagefind options in src/integrations/pagefind.ts.`);
  }
}

/** Pages per language key, from the bundle's `pagefind-entry.json`. */
async function indexedLanguages(outputPath: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([key, value]) => [key, value.page_count]));
}

/**
 * Indexes every HTML file in `siteDir` and writes the bundle to
 * `siteDir/pagefind/`. Throws on any Pagefind error or an empty index.
 */
export async function buildSearchIndex(siteDir: string): Promise<IndexSummary> {
  const outputPath = join(siteDir, BUNDLE_DIR);
  try {
    const created = await pagefind.createIndex({});
    assertNoErrors('createIndex', created.errors);
    const index = created.index!;
    const added = await index.addDirectory({ path: siteDir });
    assertNoErrors('addDirectory', added.errors);
    await rm(outputPath, { recursive: true, force: true });
    // Written once, straight to disk. (`getFiles` would build the whole bundle
    // a second time and pass it through Pagefind's pipe: 3-4 s at 1,200 pages.)
    const written = await index.writeFiles({ outputPath });
    assertNoErrors('writeFiles', written.errors);
    const languages = await indexedLanguages(outputPath);
    const pageCount = Object.values(languages).reduce((sum, n) => sum + n, 0);
    if (pageCount === 0) {
      throw new Error('Pagefind indexed no pages: no page has <main data-pagefind-body>. Check the `indexed` prop of src/layouts/Base.astro.');
    }
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(outputPath, file), { force: true })));
    return { pageCount, languages };
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: indexes the built site. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'iop-pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            // The search client is built through Vite's worker pipeline as
            // one ES module file (see src/search/trigger.ts).
            worker: { format: 'es' },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await buildSearchIndex(fileURLToPath(dir));
        const perLanguage = Object.entries(summary.languages).map(([key, n]) => `${key}: ${n}`).join(', ');
        // `npm run bench` reads the seconds from this line.
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Indexed ${summary.pageCount} pages (${perLanguage}) in ${seconds} s.`);
      },
    },
  };
}
