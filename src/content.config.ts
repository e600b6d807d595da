import { defineCollection } from 'astro:content';
import { translatableGlob } from './content-loading/translatable-glob.ts';
import { topicSchema } from './schemas/topic.ts';
import { pageSchema } from './schemas/page.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { glossarySchema } from './schemas/glossary.ts';

// Every collection is loaded through translatableGlob: each file is checked
// (front matter, schema, content-safety rules) before Astro reads it; a bad
// English file fails the build, a bad translation is skipped (English shows).

/** Topic pages: `src/content/topics/<lang>/<slug>.mdx`. The id is `<lang>/<slug>`. */
const topics = defineCollection({ loader: translatableGlob('topics'), schema: topicSchema });

/** Stand-alone pages (home, help, about): `src/content/pages/<lang>/<slug>.mdx`. */
const pages = defineCollection({ loader: translatableGlob('pages'), schema: pageSchema });

/** The program-selection checklist: `src/content/checklist/<lang>.json`. The id is the locale code. */
const checklist = defineCollection({ loader: translatableGlob('checklist'), schema: checklistSchema });

/** The glossary: `src/content/glossary/<lang>.json`. The id is the locale code. */
const glossary = defineCollection({ loader: translatableGlob('glossary'), schema: glossarySchema });

export const collections = { topics, pages, checklist, glossary };
