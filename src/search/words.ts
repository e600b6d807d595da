/**
 * Word splitting shared by the query side and the index side, so both split
 * a phrase the same way: the ICU word segmenter of the browser (and of Node at
 * build time), which also splits Chinese, written without spaces, into
 * dictionary words. Pure.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * The words of a text, each once (ignoring case), in order, without spaces or punctuation.
 * @example
 * distinctWords('Talk to my boss? My boss!') // => ['Talk', 'to', 'my', 'boss']
 * distinctWords('保险和费用')                 // => ['保险', '和', '费用']
 */
export function distinctWords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const key = segment.toLowerCase();
    if (!isWordLike || seen.has(key)) continue;
    seen.add(key);
    words.push(segment);
  }
  return words;
}

/**
 * A topic's reader words (front matter `searchTerms`) as the text Pagefind
 * indexes: each word once, separated by spaces. Pagefind's search box splits
 * a Chinese query with this same segmenter, but does not split metadata the
 * same way at index time (a term written 接下来怎么办 was not found by that
 * very query), so the words reach the index already split.
 * @example
 * indexedTerms(['boss', 'lose my job', 'job']) // => 'boss lose my job'
 * indexedTerms(['保险和费用'])                   // => '保险 和 费用'
 */
export function indexedTerms(terms: readonly string[]): string {
  return distinctWords(terms.join('\n')).join(' ');
}
