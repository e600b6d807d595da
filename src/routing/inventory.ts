import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { TranslationInventory } from './alternates.ts';

/** Reads what is translated where from the content folders (for the sitemap, at config time). */
export function readInventory(root = '.'): TranslationInventory {
  const list = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)) : []);
  const contentIds = ['topics', 'pages'].flatMap((collection) =>
    list(`src/content/${collection}`).flatMap((lang) =>
      list(`src/content/${collection}/${lang}`)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => `${lang}/${f.replace(/\.mdx$/, '')}`),
    ),
  );
  const localesIn = (dir: string, ext: string) =>
    list(dir)
      .map((f) => f.replace(ext, ''))
      .filter((code): code is Locale => isLocale(code));
  return {
    contentIds,
    glossaryLocales: localesIn('src/content/glossary', '.json'),
    uiLocales: localesIn('src/i18n/ui', '.ts'),
  };
}
