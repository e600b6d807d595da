import { parse as parseYaml } from 'yaml';

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
