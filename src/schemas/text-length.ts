import { z } from 'astro/zod';

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
/** Han, kana and Hangul: one such character carries about as much as two Latin letters. */
const WIDE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The length of a text as limits should see it, whatever the script: counts
 * user-perceived characters (graphemes, so "é" or an emoji is 1), and counts
 * a Chinese, Japanese or Korean character as 2, since it says about as much as
 * two Latin letters (and takes two columns in search results).
 * @example
 * textLength('Group therapy') // => 13
 * textLength('团体治疗')       // => 8
 */
export function textLength(text: string): number {
  // Plain ASCII: one code unit is one character, and none is wide.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let length = 0;
  for (const { segment } of segmenter.segment(text)) length += WIDE.test(segment) ? 2 : 1;
  return length;
}

interface TextFieldOptions {
  /** The field's name as translators see it, e.g. `description`. */
  readonly field: string;
  /** Shortest and longest allowed {@link textLength}. */
  readonly min: number;
  readonly max: number;
  /** What to say when the field is missing, e.g. 'add a "description": one or two sentences'. */
  readonly missing: string;
  /** What the text should be, for the too-short message, e.g. 'one or two full sentences'. */
  readonly hint: string;
}

/**
 * A text field whose length limits fit every script (see {@link textLength}),
 * with distinct messages for a missing, too short and too long value.
 */
export function textField({ field, min, max, missing, hint }: TextFieldOptions) {
  const counted = `characters, counting each Chinese, Japanese or Korean character as 2`;
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : `"${field}" must be text; put it in quotes`) })
    .superRefine((value, context) => {
      const length = textLength(value.trim());
      if (length < min) context.addIssue({ code: 'custom', message: `too short (${length} of at least ${min} ${counted}): write ${hint}` });
      if (length > max) context.addIssue({ code: 'custom', message: `too long (${length} of at most ${max} ${counted}): shorten it` });
    });
}
