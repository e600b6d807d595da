/**
 * Partial matches: when a query finds fewer than three pages with all its
 * words, search also offers pages that have most of them. The UI runs one
 * Pagefind search per word; this module decides when, splits the query, and
 * merges the per-word results below the full matches. Pure: no DOM, no Pagefind.
 */
import { distinctWords } from './words.ts';

/** Below this many full matches, search also looks for pages that match most of the words. */
export const PARTIAL_BELOW = 3;

/** At most this many words of a query are searched one by one (bounds the work of a long question). */
export const MAX_PARTIAL_WORDS = 6;

/** The slice of a Pagefind result the merge reads: the page's id and its score for that search. */
export interface ScoredHit {
  readonly id: string;
  readonly score: number;
}

/** A result in the merged list: `partial` when the page lacks some of the query's words. */
export interface RankedHit<T extends ScoredHit> {
  readonly hit: T;
  readonly partial: boolean;
}

/**
 * The distinct words of a query, in order, at most `MAX_PARTIAL_WORDS`, split
 * as the index splits reader words (see words.ts): Chinese, written without
 * spaces, splits into words; punctuation is dropped.
 * @example
 * queryWords('Talk to my boss?') // => ['Talk', 'to', 'my', 'boss']
 * queryWords('保险和费用')         // => ['保险', '和', '费用']
 */
export function queryWords(query: string): string[] {
  return distinctWords(query).slice(0, MAX_PARTIAL_WORDS);
}

/**
 * How many of a query's words a page must have to count as a partial match:
 * more than half, and always at least one but one fewer than all.
 * @example
 * minMatches(2) // => 1
 * minMatches(4) // => 3
 * minMatches(6) // => 4
 */
export function minMatches(wordCount: number): number {
  return Math.max(1, Math.min(wordCount - 1, Math.floor(wordCount / 2) + 1));
}

/**
 * Whether to look for partial matches: too few full matches, and more than one word to drop.
 * @example
 * needsPartial(1, 2) // => true
 * needsPartial(3, 4) // => false
 * needsPartial(0, 1) // => false
 */
export function needsPartial(fullCount: number, wordCount: number): boolean {
  return fullCount < PARTIAL_BELOW && wordCount > 1;
}

/**
 * The full matches in Pagefind's order, then the partial matches: pages (not
 * already listed) found by at least `minMatches` of the per-word searches,
 * most words first, then by their summed per-word scores. At most `limit` in all.
 * @example
 * // a has all three words; b and c have two (b scores higher); d has one, too few.
 * rankWithPartial([a], [[a, b, c], [b, a], [a, c, d]], 8)
 * // => [{ hit: a, partial: false }, { hit: b, partial: true }, { hit: c, partial: true }]
 */
export function rankWithPartial<T extends ScoredHit>(
  full: readonly T[],
  perWord: readonly (readonly T[])[],
  limit: number,
): RankedHit<T>[] {
  const ranked: RankedHit<T>[] = full.slice(0, limit).map((hit) => ({ hit, partial: false }));
  const listed = new Set(full.map((hit) => hit.id));
  const candidates = new Map<string, { hit: T; words: number; score: number }>();
  for (const hits of perWord) {
    const counted = new Set<string>();
    for (const hit of hits) {
      if (listed.has(hit.id) || counted.has(hit.id)) continue;
      counted.add(hit.id);
      const seen = candidates.get(hit.id);
      if (seen) candidates.set(hit.id, { hit: seen.hit, words: seen.words + 1, score: seen.score + hit.score });
      else candidates.set(hit.id, { hit, words: 1, score: hit.score });
    }
  }
  const needed = minMatches(perWord.length);
  const partial = [...candidates.values()]
    .filter((c) => c.words >= needed)
    .sort((a, b) => b.words - a.words || b.score - a.score || (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0));
  for (const c of partial) {
    if (ranked.length >= limit) break;
    ranked.push({ hit: c.hit, partial: true });
  }
  return ranked;
}
