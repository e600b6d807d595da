/**
 * Highlights the search terms on the page a reader lands on from a result.
 * Matching ignores case and accents (so `therapie` marks `thérapie`), and
 * works on any script: a term is found wherever it occurs, which is what
 * Chinese (no spaces) needs. Only text nodes inside the indexed region are
 * touched; new `<mark>` elements are built as DOM nodes.
 */

/** A character's comparison form: lower case, accents removed. */
function fold(char: string): string {
  return char.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

/**
 * A string's folded form plus, for each folded code unit, the index of the source code unit it came from.
 * @example
 * foldWithMap('Été').folded // => 'ete'
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = fold(char);
    for (let i = 0; i < f.length; i++) map.push(index);
    folded += f;
    index += char.length;
  }
  map.push(index);
  return { folded, map };
}

/**
 * Non-overlapping [start, end) ranges in `text` where any term occurs, ignoring case and accents; longer terms win.
 * @example
 * findMatches('La thérapie de groupe', ['therapie', 'groupe']) // => [[3, 11], [15, 21]]
 * findMatches('认知行为疗法很有帮助', ['认知行为疗法'])               // => [[0, 6]]
 */
export function findMatches(text: string, terms: readonly string[]): [number, number][] {
  const { folded, map } = foldWithMap(text);
  const needles = [...new Set(terms.map((t) => foldWithMap(t.trim()).folded).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      const start = map[at]!;
      const end = map[at + needle.length]!;
      if (!ranges.some(([s, e]) => start < e && end > s)) ranges.push([start, end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Wraps every occurrence of the terms in `root`'s text in `<mark class="search-hit">`; returns how many were marked. */
export function highlightIn(root: Element, terms: readonly string[]): number {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], [hidden]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const ranges = findMatches(text, terms);
    if (ranges.length === 0) continue;
    const fragment = doc.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) fragment.append(text.slice(at, start));
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      at = end;
    }
    if (at < text.length) fragment.append(text.slice(at));
    node.replaceWith(fragment);
    count += ranges.length;
  }
  return count;
}

/** Highlights the URL's search terms in the page's indexed region (`[data-pagefind-body]`). */
export function highlightPage(doc: Document, terms: readonly string[]): number {
  const root = doc.querySelector('[data-pagefind-body]');
  return root && terms.length > 0 ? highlightIn(root, terms) : 0;
}
