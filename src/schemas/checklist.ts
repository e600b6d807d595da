import { z } from 'astro/zod';
import { textField } from './text-length.ts';

/** One yes/no question a reader asks a program. */
export const checklistQuestionSchema = z.object({
  /** Stable key, the same in every language, e.g. `"licensed-staff"`. Saved ticks use it. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'a question "id" is lowercase words joined by hyphens'),
  /** The question, in the page's language. */
  text: textField({ field: 'text', min: 5, max: 200, missing: 'each question needs its "text"', hint: 'the whole question' }),
});

/** One group of questions, e.g. accreditation and credentials. */
export const checklistSectionSchema = z.object({
  /** Stable key, the same in every language. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'a section "id" is lowercase words joined by hyphens'),
  /** The section heading, in the page's language. */
  title: textField({ field: 'title', min: 3, max: 80, missing: 'each section needs a "title"', hint: 'the section heading' }),
  /** The questions in this section. */
  questions: z.array(checklistQuestionSchema).min(1),
});

/**
 * The program-selection checklist for one language:
 * `src/content/checklist/<lang>.json`. The "choosing a program" pages and the
 * `<iop-checklist>` widget both read it.
 */
export const checklistSchema = z.object({
  /** The checklist's sections, in order. Keep the English ids in translations. */
  sections: z.array(checklistSectionSchema).min(1),
});

/** A validated checklist for one language. */
export type Checklist = z.infer<typeof checklistSchema>;
