import type { ContentNode, Violation } from './rules.ts';

/** What a page may link to: pages that exist (by slug) and glossary term ids. */
export interface KnownTargets {
  /** Slugs of topics, stand-alone pages and built-in routes (`glossary`, `search`). */
  readonly pages: ReadonlySet<string>;
  /** English glossary ids. */
  readonly terms: ReadonlySet<string>;
}

/**
 * Links from one page to other pages and glossary terms that do not exist:
 * `[text](../no-such-page/)`, `<Term id="no-such-term">`, `../glossary/#no-such-term`.
 * `atLanguageRoot` is true for the home page, which sits at `/<lang>/` instead of `/<lang>/<slug>/`.
 * @example
 * referenceViolations(tree, { pages: new Set(['group-therapy']), terms: new Set(['aftercare']) })
 * // => [{ rule: 'broken-link', message: '"../group-therapie/" …', line: 12, column: 3 }]
 */
export function referenceViolations(tree: ContentNode, known: KnownTargets, atLanguageRoot = false): Violation[] {
  // Pages live at /<lang>/<slug>/, the home page at /<lang>/: resolve links as the browser will.
  const page = new URL(atLanguageRoot ? 'https://site.invalid/lang/' : 'https://site.invalid/lang/page/');
  const found: Violation[] = [];
  const report = (node: ContentNode, message: string) =>
    found.push({ rule: 'broken-link', message, line: node.position?.start.line, column: node.position?.start.column });
  const walk = (node: ContentNode) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url && !URL.canParse(node.url) && !node.url.startsWith('#')) {
      const resolved = new URL(node.url, page);
      const target = resolved.host === page.host ? /^\/lang\/([^/]*)\/?$/.exec(resolved.pathname) : null;
      if (!target) {
        report(node, `"${node.url}" is not a link to a page of this site in the same language: write ../<page>/, as in ../group-therapy/`);
      } else {
        const [, slug] = target as unknown as [string, string];
        const hash = decodeURIComponent(resolved.hash.slice(1));
        if (slug !== '' && !known.pages.has(slug)) report(node, `"${node.url}" links to a page that does not exist; use the English file name, as in ../group-therapy/`);
        else if (slug === 'glossary' && hash && !known.terms.has(hash)) report(node, `"${node.url}": the glossary has no term "${hash}"`);
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Term') {
      const id = node.attributes?.find((a) => a.name === 'id')?.value;
      if (typeof id !== 'string') report(node, '<Term> needs an id, as in <Term id="aftercare">');
      else if (!known.terms.has(id)) report(node, `<Term id="${id}">: the glossary has no term "${id}" (keep the English id)`);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}
