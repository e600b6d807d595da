import { z } from 'astro/zod';
import { textField } from './text-length.ts';

/** One glossary entry. Its `id` is the anchor: `/<lang>/glossary/#<id>`. */
export const glossaryTermSchema = z.object({
  /** Stable anchor, the same in every language, e.g. `"aftercare"`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'a term "id" is lowercase words joined by hyphens, kept in English'),
  /** The term as readers see it. */
  term: textField({ field: 'term', min: 2, max: 80, missing: 'each entry needs a "term"', hint: 'the term as readers see it' }),
  /** A plain-language definition, one to three short sentences. */
  definition: textField({ field: 'definition', min: 10, max: 400, missing: 'each entry needs a "definition"', hint: 'one to three short sentences' }),
});

/** The glossary for one language: `src/content/glossary/<lang>.json`. */
export const glossarySchema = z.object({
  /** Terms, in the order the page lists them. */
  terms: z.array(glossaryTermSchema).min(1),
});

/** A validated glossary. */
export type Glossary = z.infer<typeof glossarySchema>;
