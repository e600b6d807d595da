import { z } from 'astro/zod';
import { sourceSchema } from './topic.ts';
import { textField } from './text-length.ts';

/**
 * Front matter of a stand-alone page (home, help, about):
 * `src/content/pages/<lang>/<slug>.mdx`.
 */
export const pageSchema = z.object({
  /** The page title. */
  title: textField({ field: 'title', min: 3, max: 90, missing: 'add a "title": the page heading', hint: 'the page heading' }),
  /** One or two sentences for meta tags and search results. */
  description: textField({ field: 'description', min: 20, max: 240, missing: 'add a "description": one or two sentences', hint: 'one or two full sentences' }),
  /** When the facts on the page were last checked, as YYYY-MM-DD. */
  lastReviewed: z.coerce.date({ error: '"lastReviewed" must be a date written YYYY-MM-DD' }),
  /** Public sources for facts beyond the source article. */
  sources: z.array(sourceSchema).default([]),
  /** Translations only: content hash of the English file this was made from (see docs/translating.md). */
  sourceHash: z.string({ error: '"sourceHash" is the 12-character code that `npm run i18n:status` prints; write it in quotes' }).regex(/^[0-9a-f]{12}$/, '"sourceHash" is the 12-character code that `npm run i18n:status` prints, in quotes').optional(),
});

/** Validated front matter of a stand-alone page. */
export type PageData = z.infer<typeof pageSchema>;
