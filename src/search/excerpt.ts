/**
 * Pagefind's excerpts are HTML: the page text with `<` and `>` escaped and
 * the matched words wrapped in `<mark>`. We never insert them as HTML: they
 * are parsed into plain-text segments, and only `<mark>` survives (as a flag).
 */

/** A run of excerpt text, marked when it matched the query. */
export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the few entities Pagefind can emit (named and numeric); unknown ones stay as written.
 * @example
 * decodeEntities('a &lt;b&gt; &amp; &#233;') // => 'a <b> & é'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into text segments; `<mark>` toggles the flag, every other tag is dropped.
 * @example
 * parseExcerpt('a <mark>group</mark> &lt;b&gt;<script>x</script>')
 * // => [{ text: 'a ', mark: false }, { text: 'group', mark: true }, { text: ' <b>x', mark: false }]
 */
export function parseExcerpt(html: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) segments[segments.length - 1] = { text: last.text + text, mark };
    else segments.push({ text, mark });
  };
  const tag = /<\s*(\/?)\s*([a-z][a-z0-9-]*)\b[^>]*>/gi;
  let at = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    push(html.slice(at, match.index));
    at = match.index + match[0].length;
    if (match[2]!.toLowerCase() === 'mark') mark = match[1] !== '/';
  }
  push(html.slice(at));
  return segments;
}
