import { syllable } from 'syllable';

/** Readability figures for one text. */
export interface Readability {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Flesch-Kincaid grade level. */
  readonly grade: number;
}

/**
 * Reduces MDX to the prose a reader sees: no front matter, imports, tags,
 * link targets or Markdown marks. Headings, list items and table cells end
 * with a period so that each counts as its own sentence, as a reader takes it.
 * @example
 * mdxToProse('---\ntitle: x\n---\n## Why\n- Short *point*\n<Callout>\nSee <Term id="a">this</Term> now.\n</Callout>')
 * // => 'Why. Short point. See this now.'
 */
export function mdxToProse(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    // A tag alone on its line (a block component) ends a sentence; an inline one (<Term>) is just removed.
    .replace(/^\s*<[^>]+>\s*$/gm, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split('\n')
    .map((line) => line.replace(/^\s*(#{1,6}|[-*+]|\d+[.)]|>)\s*/, '').replace(/[*_`|]/g, ' ').trim())
    .filter((line) => line.length > 0)
    .map((line) => (/[.!?:;]$/.test(line) ? line : `${line}.`))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Flesch-Kincaid grade of English prose:
 * 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Numbers such as "988" or "1-800-662-4357" count as one short word.
 * @example
 * readability('The cat sat. The dog ran.').grade // => about -2.6
 */
export function readability(prose: string): Readability {
  const sentences = Math.max(1, prose.split(/[.!?]+(?=\s|$)/).filter((s) => /\p{L}/u.test(s)).length);
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + (/^[\d-]+$/.test(word) ? 1 : Math.max(1, syllable(word))), 0);
  const count = Math.max(1, words.length);
  const grade = 0.39 * (count / sentences) + 11.8 * (syllables / count) - 15.59;
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

/** The limits the English library is held to. */
export const READABILITY_LIMITS = { averageGrade: 8, maxGrade: 9 } as const;
