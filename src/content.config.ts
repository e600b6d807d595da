import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { translatableGlob } from './content-loading/translatable-glob.ts';
import { topicSchema } from './schemas/topic.ts';
import { pageSchema } from './schemas/page.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { glossarySchema } from './schemas/glossary.ts';

/** Topic pages: `src/content/topics/<lang>/<slug>.mdx`. The id is `<lang>/<slug>`. */
const topics = defineCollection({
  loader: translatableGlob({ base: 'src/content/topics', schema: topicSchema }),
  schema: topicSchema,
});

/** Stand-alone pages (home, help, about): `src/content/pages/<lang>/<slug>.mdx`. */
const pages = defineCollection({
  loader: translatableGlob({ base: 'src/content/pages', schema: pageSchema }),
  schema: pageSchema,
});

/** One JSON file per language; the id is the locale code. */
const perLocaleJson = (base: string) =>
  glob({ pattern: '*.json', base, generateId: ({ entry }) => entry.replace(/\.json$/, '') });

/** The program-selection checklist: `src/content/checklist/<lang>.json`. */
const checklist = defineCollection({ loader: perLocaleJson('src/content/checklist'), schema: checklistSchema });

/** The glossary: `src/content/glossary/<lang>.json`. */
const glossary = defineCollection({ loader: perLocaleJson('src/content/glossary'), schema: glossarySchema });

export const collections = { topics, pages, checklist, glossary };
