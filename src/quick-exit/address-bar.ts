/**
 * Keeps search terms out of the browser's history: a page that reads terms
 * from its address (`?q=`, `?highlight=`) takes them out with
 * `history.replaceState` as it reads them, so no history entry, and no
 * "Back" after a quick exit, shows what the reader searched for.
 */

/**
 * Splits `names` out of a URL's query: the address without them, and the
 * taken parameters (in their order, repeats kept). Pure.
 * @example
 * takeParams('https://x.org/en/cbt/?highlight=group&x=1&highlight=work#top', ['highlight'])
 * // => { href: 'https://x.org/en/cbt/?x=1#top', taken: URLSearchParams('highlight=group&highlight=work') }
 */
export function takeParams(href: string, names: readonly string[]): { href: string; taken: URLSearchParams } {
  const url = new URL(href);
  const taken = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (names.includes(name)) taken.append(name, value);
  for (const name of names) url.searchParams.delete(name);
  return { href: url.href, taken };
}

/**
 * Reads `names` from the page's address and removes them from it (the
 * current history entry is rewritten, not added to). A reload then shows the
 * page as if opened without them.
 */
export function takeFromAddressBar(win: Window, names: readonly string[]): URLSearchParams {
  const { href, taken } = takeParams(win.location.href, names);
  if (taken.size > 0) win.history.replaceState(win.history.state, '', href);
  return taken;
}
