import { createHash } from 'node:crypto';

/**
 * Reduces Markdown to its words so that formatting-only edits (re-wrapping,
 * emphasis, list markers, spacing) do not change the hash.
 * @example
 * normalizeForHash('Some *bold*\ntext.\n\n- item') // => 'some bold text. item'
 */
export function normalizeForHash(markdown: string): string {
  return markdown
    .replace(/^\s*([-*+]|\d+[.)])\s+/gm, ' ')
    .replace(/[*_`~]/g, '')
    .replace(/[>#|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The version stamp of an English source: 12 hex characters of SHA-256 over
 * its title, description and normalized body. Translations record it as
 * `sourceHash`; it needs no git history, so it works on shallow clones.
 * @example
 * sourceHash({ title: 'Group therapy', description: '…', body: '…' }) // => 'a1b2c3d4e5f6'
 */
export function sourceHash(source: { title: string; description: string; body: string }): string {
  const text = [source.title, source.description, source.body].map(normalizeForHash).join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** A translation's state relative to its English source. */
export type TranslationState = 'source' | 'current' | 'outdated' | 'missing';

/**
 * Compares a translation's recorded `sourceHash` with the English source's
 * current hash. A translation without a recorded hash counts as outdated.
 * @example
 * translationState({ isSource: false, exists: true, recorded: 'abc', current: 'def' }) // => 'outdated'
 */
export function translationState(input: {
  isSource: boolean;
  exists: boolean;
  recorded: string | undefined;
  current: string;
}): TranslationState {
  if (input.isSource) return 'source';
  if (!input.exists) return 'missing';
  return input.recorded === input.current ? 'current' : 'outdated';
}
