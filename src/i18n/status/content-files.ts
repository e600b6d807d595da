import { parse as parseYaml } from 'yaml';
import { MDX_COMPONENT_NAMES } from '../../components/mdx/names.ts';

/** An MDX file split into its parsed front matter and body. */
export interface MdxFile {
  readonly data: Record<string, unknown>;
  readonly body: string;
}

/**
 * Splits an MDX file into front matter and body. Throws with a translator-
 * friendly message when the front matter is missing or not valid YAML.
 * @example
 * parseMdx('---\ntitle: Hi\n---\nText') // => { data: { title: 'Hi' }, body: 'Text' }
 */
export function parseMdx(source: string): MdxFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('the file must start with front matter between two "---" lines');
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    throw new Error(`the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null) throw new Error('the front matter must be "field: value" lines');
  return { data: data as Record<string, unknown>, body: match[2]! };
}

/**
 * Problems with the MDX components a page uses: names that do not exist, and
 * tags opened but not closed. Line numbers are 1-based within the body.
 * @example
 * componentProblems('<Callot type="tip">\nHi\n</Callot>') // => ['line 1: <Callot> is not a component. Use one of: Callout, …']
 */
export function componentProblems(body: string): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  const known = new Set<string>(MDX_COMPONENT_NAMES);
  body.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/<(\/?)([A-Z][A-Za-z0-9]*)\b[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = match as unknown as [string, string, string, string];
      if (!known.has(name)) {
        if (!closing) problems.push(`line ${index + 1}: <${name}> is not a component. Use one of: ${MDX_COMPONENT_NAMES.join(', ')}`);
        continue;
      }
      if (selfClosing) continue;
      counts.set(name, (counts.get(name) ?? 0) + (closing ? -1 : 1));
    }
  });
  for (const [name, open] of counts) {
    if (open > 0) problems.push(`<${name}> is opened ${open} more time(s) than it is closed: add </${name}>`);
    if (open < 0) problems.push(`</${name}> closes more than it opens: remove it or add <${name}>`);
  }
  return problems;
}
