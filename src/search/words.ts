/**
 * Word splitting shared by the query side and the index side, so both split
 * a phrase the same way: the ICU word segmenter of the browser (and of Node at
 * build time), which also splits Chinese, written without spaces, into
 * dictionary words. Pure.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Each word once, ignoring case, keeping the first spelling and the order. */
function onceEach(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The words of a text, each once (ignoring case), in order, without spaces or punctuation.
 * @example
 * distinctWords('Talk to my boss? My boss!') // => ['Talk', 'to', 'my', 'boss']
 * distinctWords('保险和费用')                 // => ['保险', '和', '费用']
 */
export function distinctWords(text: string): string[] {
  return onceEach([...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment));
}

/** Scripts written without spaces between words, which Pagefind's search box splits with the segmenter. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * A topic's reader words (front matter `searchTerms`) as the text Pagefind
 * indexes: each word once, separated by spaces. Pagefind's search box splits
 * a Chinese query with the segmenter, but does not split metadata the same
 * way at index time (a term written 接下来怎么办 was not found by that very
 * query), so text in a script without spaces reaches the index already split.
 * Other words stay as written, so Pagefind treats `est-ce` or `l'assurance`
 * in the terms as it does in the page and in a query.
 * @example
 * indexedTerms(['boss', 'lose my job', 'Job']) // => 'boss lose my job'
 * indexedTerms(['est-ce pour moi'])           // => 'est-ce pour moi'
 * indexedTerms(['保险和费用'])                  // => '保险 和 费用'
 */
export function indexedTerms(terms: readonly string[]): string {
  const words = terms
    .flatMap((term) => term.split(/\s+/))
    .flatMap((token) => (UNSPACED.test(token) ? distinctWords(token) : [token]))
    .filter((word) => word.length > 0);
  return onceEach(words).join(' ');
}
