import { describe, expect, it } from 'vitest';
import { MAX_PARTIAL_WORDS, minMatches, needsPartial, queryWords, rankWithPartial } from '../../src/search/partial.ts';
import { distinctWords, indexedTerms } from '../../src/search/words.ts';

const hit = (id: string, score = 1) => ({ id, score });
const shown = (ranked: { hit: { id: string }; partial: boolean }[]) => ranked.map((r) => `${r.hit.id}${r.partial ? '~' : ''}`);

describe('query words', () => {
  it('splits on spaces and drops punctuation', () => {
    expect(queryWords('Talk to my boss?')).toEqual(['Talk', 'to', 'my', 'boss']);
    expect(queryWords('  assurance   maladie ')).toEqual(['assurance', 'maladie']);
  });
  it('keeps words with apostrophes and accents whole', () => {
    expect(queryWords("l'assurance santé")).toEqual(["l'assurance", 'santé']);
    expect(queryWords('bảo hiểm y tế')).toEqual(['bảo', 'hiểm', 'y', 'tế']);
    expect(queryWords('التأمين الصحي')).toEqual(['التأمين', 'الصحي']);
  });
  it('splits Chinese, written without spaces, into words', () => {
    const words = queryWords('保险和费用');
    expect(words.length).toBeGreaterThan(1);
    expect(words.join('')).toBe('保险和费用');
  });
  it('counts a repeated word once (any case) and stops at the cap', () => {
    expect(queryWords('group Group therapy')).toEqual(['group', 'therapy']);
    expect(queryWords('a b c d e f g h')).toHaveLength(MAX_PARTIAL_WORDS);
    expect(queryWords(' ?! ')).toEqual([]);
  });
});

describe('when to look for partial matches', () => {
  it('only with fewer than three full matches and more than one word', () => {
    expect(needsPartial(0, 2)).toBe(true);
    expect(needsPartial(2, 3)).toBe(true);
    expect(needsPartial(3, 3)).toBe(false);
    expect(needsPartial(0, 1)).toBe(false);
    expect(needsPartial(0, 0)).toBe(false);
  });
  it('a partial match has more than half the words, never all', () => {
    expect([2, 3, 4, 5, 6].map(minMatches)).toEqual([1, 2, 3, 3, 4]);
    for (let n = 2; n <= 6; n++) {
      expect(minMatches(n)).toBeLessThan(n);
      expect(minMatches(n)).toBeGreaterThanOrEqual(n / 2);
    }
  });
});

describe('merging partial matches', () => {
  it('lists full matches first, in Pagefind order, then pages with most of the words', () => {
    const full = [hit('a', 2), hit('z', 9)];
    const perWord = [
      [hit('a'), hit('b', 5), hit('c', 1)],
      [hit('z'), hit('b', 5), hit('c', 1), hit('d', 50)],
      [hit('a')],
    ];
    // b and c have two words of three; d has one, too few.
    expect(shown(rankWithPartial(full, perWord, 8))).toEqual(['a', 'z', 'b~', 'c~']);
  });
  it('ranks more words above a higher score', () => {
    const perWord = [[hit('x'), hit('y', 40)], [hit('x'), hit('y', 40)], [hit('x'), hit('y', 40)], [hit('x'), hit('w', 99)], []];
    // Five words: three needed. x has four, y three, w one.
    expect(shown(rankWithPartial([], perWord, 8))).toEqual(['x~', 'y~']);
  });
  it('with two words, a page with either word counts, the higher summed score first', () => {
    const perWord = [[hit('assess', 1)], [hit('cost', 3)]];
    expect(shown(rankWithPartial([], perWord, 8))).toEqual(['cost~', 'assess~']);
    const tied = [[hit('m', 1), hit('k', 1)], []];
    expect(shown(rankWithPartial([], tied, 8))).toEqual(['k~', 'm~']);
  });
  it('stops at the limit, full matches included', () => {
    const full = [hit('a'), hit('b')];
    const perWord = [[hit('c'), hit('d'), hit('e')], [hit('c'), hit('d'), hit('e')]];
    expect(shown(rankWithPartial(full, perWord, 3))).toEqual(['a', 'b', 'c~']);
    expect(shown(rankWithPartial([hit('a'), hit('b'), hit('c'), hit('d')], [], 3))).toEqual(['a', 'b', 'c']);
  });
  it('counts a page once per word and never repeats a full match', () => {
    const perWord = [[hit('a'), hit('b'), hit('b')], [hit('a')], [hit('c')]];
    expect(shown(rankWithPartial([hit('a')], perWord, 8))).toEqual(['a']);
  });
  it('keeps the hit object, so the caller loads only the fragments it shows', () => {
    const b = { id: 'b', score: 2, data: () => 'fragment b' };
    const ranked = rankWithPartial([], [[b], [b]], 8);
    expect(ranked[0]?.hit).toBe(b);
  });
});

describe('reader words as indexed', () => {
  it('are split into words like a query, each once', () => {
    expect(indexedTerms(['boss', 'lose my job', 'Job', 'time off'])).toBe('boss lose my job time off');
    expect(indexedTerms(['est-ce pour moi', ' 12 steps '])).toBe('est-ce pour moi 12 steps');
    expect(indexedTerms(["l'assurance maladie", 'bảo hiểm', 'التأمين الصحي'])).toBe("l'assurance maladie bảo hiểm التأمين الصحي");
  });
  it('split a Chinese phrase into the words a query of it splits into', () => {
    const phrase = '治疗结束后';
    expect(indexedTerms([phrase]).split(' ')).toEqual(queryWords(phrase));
    expect(indexedTerms([phrase]).split(' ').length).toBeGreaterThan(1);
  });
  it('give an empty string for no terms', () => {
    expect(indexedTerms([])).toBe('');
    expect(distinctWords('?! …')).toEqual([]);
  });
});
