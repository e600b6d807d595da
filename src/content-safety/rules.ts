import { MDX_COMPONENT_NAMES } from '../components/mdx/names.ts';

/**
 * The rules content must keep, because content files come from translators and
 * are data, never code. One module, used by the MDX pipeline (a Sätteri mdast
 * plugin), the content loader (which can skip a translation) and
 * `npm run check:content`, so all three agree.
 */
export const RULES = {
  'no-esm': 'no "import" or "export" lines: content cannot load code',
  'no-expression': 'no {curly-brace} expressions: they run code at build time (write \\{ for a literal brace)',
  'no-raw-html': 'no raw HTML elements: use Markdown or one of the library\'s components',
  'no-dangerous-element': 'no <meta>, <form>, <iframe>, <object>, <embed>, <script>, <base>, <link> or <style>',
  'unknown-component': 'only the library\'s components can be used',
  'no-event-handler': 'no event-handler attributes (onclick, onload, …)',
  'no-inline-style': 'no inline "style" attribute',
  'unsafe-link': 'no javascript:, data:, vbscript: or other unsupported link schemes',
  'https-only': 'links to other sites must start with https://',
  'no-external-image': 'images must be files of this site: an image from another site tells that site who reads the page',
  'mdx-syntax': 'the file must be valid MDX',
  'front-matter': 'the front matter must be valid YAML between two "---" lines',
  'schema': 'the fields must match the collection\'s schema',
  'json-syntax': 'the file must be valid JSON',
  'broken-link': 'links to other topics and glossary terms must exist',
} as const;

/** A rule's id, e.g. `'no-esm'`; messages show it in brackets. */
export type RuleId = keyof typeof RULES;

/** One broken rule, at a 1-based line (and column) of the file when known. */
export interface Violation {
  readonly rule: RuleId;
  readonly message: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** The subset of an mdast/MDX node the rules read (plain or Sätteri's lazy nodes). */
export interface ContentNode {
  readonly type: string;
  readonly name?: string | null;
  readonly url?: string;
  readonly value?: unknown;
  readonly attributes?: readonly { readonly type: string; readonly name?: string; readonly value?: unknown }[];
  readonly children?: readonly ContentNode[];
  readonly position?: { readonly start: { readonly line: number; readonly column: number } } | undefined;
}

const COMPONENTS = new Set<string>(MDX_COMPONENT_NAMES);
const DANGEROUS_ELEMENTS = new Set(['meta', 'form', 'iframe', 'object', 'embed', 'script', 'base', 'link', 'style', 'frame', 'frameset']);
/** Schemes a reader can safely follow: the web (https), and calling or texting a helpline. */
const SAFE_SCHEMES = new Set(['https:', 'tel:', 'sms:', 'mailto:']);
/** Any base works: it only tells relative links (`../group-therapy/`) from absolute ones. */
const RELATIVE_BASE = 'https://relative.invalid/';

/**
 * Checks one link target the way a browser reads it (WHATWG URL parsing, so
 * `JaVaScript:`, ` javascript:` and `java\tscript:` are all caught).
 * @example
 * linkViolation('javascript:alert(1)') // => { rule: 'unsafe-link', message: '…' }
 * linkViolation('../group-therapy/')   // => undefined
 * linkViolation('http://example.org')  // => { rule: 'https-only', message: '…' }
 */
export function linkViolation(url: string, kind: 'link' | 'image' = 'link'): Omit<Violation, 'line' | 'column'> | undefined {
  let absolute: URL | undefined;
  try {
    absolute = new URL(url);
  } catch {
    if (!URL.canParse(url, RELATIVE_BASE)) return { rule: 'unsafe-link', message: `"${url}" is not a valid link target` };
  }
  // `//other.site/` has no scheme but leaves the site too.
  const offSite = absolute !== undefined || new URL(url, RELATIVE_BASE).host !== new URL(RELATIVE_BASE).host;
  if (kind === 'image') {
    return offSite ? { rule: 'no-external-image', message: `image "${url}" is not a file of this site; add the image to the project and use a relative path` } : undefined;
  }
  if (!absolute) return offSite ? { rule: 'https-only', message: `"${url}" leaves the site without https: write it as https://…` } : undefined;
  if (absolute.protocol === 'http:') return { rule: 'https-only', message: `"${url}" uses http: write https:// instead` };
  if (SAFE_SCHEMES.has(absolute.protocol)) return undefined;
  return { rule: 'unsafe-link', message: `"${absolute.protocol}" links are not allowed ("${url.slice(0, 60)}"). Use https://, tel: or sms:, or a relative link like ../group-therapy/` };
}

function at(node: ContentNode, violation: Omit<Violation, 'line' | 'column'>): Violation {
  return { ...violation, line: node.position?.start.line, column: node.position?.start.column };
}

function elementViolations(node: ContentNode): Violation[] {
  const name = node.name ?? '';
  const found: Violation[] = [];
  if (name === '') {
    found.push(at(node, { rule: 'unknown-component', message: `<> fragments are not components. Use one of: ${MDX_COMPONENT_NAMES.join(', ')}` }));
  } else if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
    found.push(at(node, { rule: 'no-dangerous-element', message: `<${name}> is not allowed in content: it can send readers away or run code` }));
  } else if (/^[a-z]/.test(name)) {
    found.push(at(node, { rule: 'no-raw-html', message: `<${name}> is raw HTML. Use Markdown (**bold**, [text](../page/), lists) or one of: ${MDX_COMPONENT_NAMES.join(', ')}` }));
  } else if (!COMPONENTS.has(name)) {
    found.push(at(node, { rule: 'unknown-component', message: `<${name}> is not a component. Use one of: ${MDX_COMPONENT_NAMES.join(', ')} (names are case-sensitive)` }));
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      found.push(at(node, { rule: 'no-expression', message: `<${name} {…}>: spread attributes run code; write each attribute as name="text"` }));
      continue;
    }
    const attributeName = attribute.name ?? '';
    if (/^on/i.test(attributeName)) {
      found.push(at(node, { rule: 'no-event-handler', message: `<${name} ${attributeName}>: event-handler attributes run code; remove it` }));
    } else if (attributeName.toLowerCase() === 'style') {
      found.push(at(node, { rule: 'no-inline-style', message: `<${name} style>: inline styles are not allowed (and break the page's security policy); remove it` }));
    }
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      found.push(at(node, { rule: 'no-expression', message: `<${name} ${attributeName}={…}>: attribute expressions run code; write ${attributeName}="text"` }));
    } else if (typeof attribute.value === 'string' && /^(href|src|action|formaction|data|srcset|poster|xlink:href)$/i.test(attributeName)) {
      const link = linkViolation(attribute.value);
      if (link) found.push(at(node, link));
    }
  }
  return found;
}

/** The node types `nodeViolations` judges: no other node can break a rule by itself. */
export const JUDGED_NODE_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html', 'link', 'definition', 'image'] as const;

/**
 * The rules one node breaks, without looking at its children.
 * @example
 * nodeViolations({ type: 'mdxjsEsm', value: "import fs from 'node:fs'", position: { start: { line: 5, column: 1 } } })
 * // => [{ rule: 'no-esm', message: '…', line: 5, column: 1 }]
 */
export function nodeViolations(node: ContentNode): Violation[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [at(node, { rule: 'no-esm', message: `"${String(node.value).split('\n')[0]!.slice(0, 60)}": import and export lines are code; remove them (components work without an import)` })];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [at(node, { rule: 'no-expression', message: `{${String(node.value).slice(0, 40)}}: curly braces run code at build time; remove them, or write \\{ and \\} for literal braces` })];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementViolations(node);
    case 'html':
      return [at(node, { rule: 'no-raw-html', message: `raw HTML "${String(node.value).slice(0, 40)}" is not allowed; use Markdown or one of: ${MDX_COMPONENT_NAMES.join(', ')}` })];
    case 'link':
    case 'definition': {
      const link = linkViolation(node.url ?? '');
      return link ? [at(node, link)] : [];
    }
    case 'image': {
      const link = linkViolation(node.url ?? '', 'image');
      return link ? [at(node, link)] : [];
    }
    default:
      return [];
  }
}

/** The rules a whole parsed tree breaks, in document order. */
export function treeViolations(tree: ContentNode): Violation[] {
  const found = nodeViolations(tree);
  for (const child of tree.children ?? []) found.push(...treeViolations(child));
  return found;
}

/**
 * One line a translator can act on: file, line, column, rule id, message.
 * @example
 * formatViolation('src/content/topics/es/cbt.mdx', { rule: 'no-esm', message: 'remove it', line: 5, column: 1 })
 * // => 'src/content/topics/es/cbt.mdx:5:1 [no-esm] remove it'
 */
export function formatViolation(file: string, violation: Violation): string {
  const where = violation.line === undefined ? file : `${file}:${violation.line}${violation.column === undefined ? '' : `:${violation.column}`}`;
  return `${where} [${violation.rule}] ${violation.message}`;
}
