import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { allContentFiles, checkContentSource, CONTENT_COLLECTIONS, type ContentCollectionName } from '../content-safety/check-project.ts';
import { formatViolation } from '../content-safety/rules.ts';

/**
 * The loader of a content collection (`<base>/<lang>/<slug>.mdx` or
 * `<base>/<lang>.json`, see src/content-safety/check-project.ts). A glob that checks every file before Astro reads it (front matter,
 * schema and the content-safety rules, see src/content-safety/) and treats
 * languages differently: a problem in an English file fails the build, while a
 * translation is logged (file, line, rule) and left out, so its page falls
 * back to English and no other page is affected.
 *
 * The check runs on every build, cache or not: a left-out file is excluded
 * from the glob, so Astro's data store also drops an entry it kept from an
 * earlier build (`node_modules/.astro`), and its MDX is never compiled.
 */
export function translatableGlob(name: ContentCollectionName): Loader {
  const collection = CONTENT_COLLECTIONS.find((c) => c.name === name)!;
  const { base } = collection;
  const extension = `.${collection.format}`;
  return {
    name: 'translatable-glob',
    load: async (context: LoaderContext) => {
      const root = context.config.root;
      const englishErrors: string[] = [];
      const skipped: string[] = [];
      for (const path of allContentFiles(fileURLToPath(root)).filter((p) => p.startsWith(`${base}/`))) {
        const { violations } = checkContentSource(collection, readFileSync(new URL(path, root), 'utf8'));
        if (violations.length === 0) continue;
        const entry = path.slice(base.length + 1);
        const report = violations.map((v) => `  ${formatViolation(path, v)}`).join('\n');
        if (entry.split(/[/.]/)[0] === DEFAULT_LOCALE) {
          englishErrors.push(report);
        } else {
          context.logger.error(`${path} has ${violations.length} problem(s):\n${report}\n  This translation is skipped; its page shows the English text until it is fixed.`);
          skipped.push(`!${entry}`);
        }
      }
      if (englishErrors.length > 0) {
        throw new Error(`English content must be valid (see docs/translating.md#checking-your-work):\n${englishErrors.join('\n')}`);
      }
      const pattern = collection.format === 'mdx' ? '*/**/*.mdx' : '*.json';
      // Ids keep the locale's case (`zh-Hans`, `zh-Hans/cbt`), unlike the default slugger.
      const inner = glob({ pattern: [pattern, ...skipped], base, generateId: ({ entry }) => entry.slice(0, -extension.length) });
      await inner.load(context);
    },
  };
}
