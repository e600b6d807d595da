import { z } from 'astro/zod';

/** One glossary entry. Its `id` is the anchor: `/<lang>/glossary/#<id>`. */
export const glossaryTermSchema = z.object({
  /** Stable anchor, the same in every language, e.g. `"aftercare"`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'a term "id" is lowercase words joined by hyphens, kept in English'),
  /** The term as readers see it. */
  term: z.string({ error: 'each entry needs a "term"' }).min(2).max(80),
  /** A plain-language definition, one to three short sentences. */
  definition: z.string({ error: 'each entry needs a "definition"' }).min(10).max(400),
});

/** The glossary for one language: `src/content/glossary/<lang>.json`. */
export const glossarySchema = z.object({
  /** Terms, in the order the page lists them. */
  terms: z.array(glossaryTermSchema).min(1),
});

/** A validated glossary. */
export type Glossary = z.infer<typeof glossarySchema>;
