import { z } from 'astro/zod';
import { textField } from './text-length.ts';

/**
 * The fixed set of categories a topic can belong to, in reading order.
 * Keys are stable across languages; labels live in the UI strings.
 */
export const CATEGORIES = ['understanding', 'how-it-works', 'therapies', 'choosing', 'life-and-recovery'] as const;

/** A category key, e.g. `'therapies'`. */
export type Category = (typeof CATEGORIES)[number];

/** A public source backing a fact that goes beyond the source article. */
export const sourceSchema = z.object({
  /** The document's title as its publisher gives it. */
  title: z.string({ error: 'each source needs a "title" (the document\'s title)' }).min(3),
  /** Who published it, e.g. "SAMHSA" or "NIDA". */
  publisher: z.string({ error: 'each source needs a "publisher", e.g. "SAMHSA"' }).min(2),
  /** Where a reader can find it. Must be an https URL. */
  url: z.url({ protocol: /^https$/, error: 'each source needs a "url" that starts with https://' }),
});

/**
 * Front matter of one topic page: `src/content/topics/<lang>/<slug>.mdx`.
 * This is the translator's contract: translations keep `category`, `order`,
 * `sources` and `related` as in English, translate `title` and `description`,
 * and write their own `searchTerms`.
 */
export const topicSchema = z.object({
  /** The page title, as a reader would say it. Shown as the heading and in search results. */
  title: textField({ field: 'title', min: 3, max: 90, missing: 'add a "title": the page heading, in plain words', hint: 'the page heading in plain words' }),
  /** One or two sentences that say what the page answers. Shown in lists, search results and meta tags. */
  description: textField({
    field: 'description',
    min: 20,
    max: 240,
    missing: 'add a "description": one or two sentences saying what the page answers',
    hint: 'one or two full sentences saying what the page answers',
  }),
  /**
   * Optional: words readers type when they look for this page, in this file's
   * language, e.g. `searchTerms: [boss, manager, job]`: everyday words,
   * synonyms, common misspellings. Search counts them; no reader sees them.
   * Each language writes its own (do not translate the English list word for
   * word); changing them never marks translations out of date.
   */
  searchTerms: z
    .array(
      z
        .string({ error: 'each entry of "searchTerms" is a word or short phrase, e.g. [boss, manager, job]' })
        .trim()
        .min(1, 'an entry of "searchTerms" is empty: remove the extra comma')
        .max(40, 'an entry of "searchTerms" is longer than 40 characters: use the few words a reader would type'),
      { error: '"searchTerms" is a list in square brackets, e.g. [boss, manager, job]' },
    )
    .max(40, '"searchTerms" holds at most 40 words or phrases: keep the ones readers really type')
    .default([]),
  /** Which category the page belongs to. One of the fixed keys; never translated. */
  category: z.enum(CATEGORIES, {
    error: `"category" must be one of: ${CATEGORIES.join(', ')} (keep the English key in translations)`,
  }),
  /** Position within the category, from 1. Decides previous/next and list order. */
  order: z.number({ error: '"order" must be a whole number from 1 (position in the category)' }).int().min(1),
  /** When the facts on the page were last checked, as YYYY-MM-DD. */
  lastReviewed: z.coerce.date({ error: '"lastReviewed" must be a date written YYYY-MM-DD' }),
  /** Public sources for facts beyond the source article. Required when the page states such facts. */
  sources: z.array(sourceSchema).default([]),
  /** Slugs of other topics to suggest at the end of the page (file names without `.mdx`). */
  related: z.array(z.string().regex(/^[a-z0-9-]+$/, 'a related slug is a file name like "group-therapy"')).default([]),
  /**
   * Translations only: the content hash of the English file this translation
   * was made from. `npm run i18n:status` prints it; see docs/translating.md.
   */
  sourceHash: z
    .string({ error: '"sourceHash" is the 12-character code that `npm run i18n:status` prints; write it in quotes' })
    .regex(/^[0-9a-f]{12}$/, '"sourceHash" is the 12-character code that `npm run i18n:status` prints for the English page, in quotes')
    .optional(),
});

/** Validated front matter of a topic. */
export type TopicData = z.infer<typeof topicSchema>;
