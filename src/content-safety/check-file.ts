import { markdownToMdast, mdxToMdast } from 'satteri';
import { LineCounter, parseDocument, visit, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { treeViolations, type ContentNode, type Violation } from './rules.ts';

/** What checking one content file found: its parsed data and tree when they could be read, and every broken rule. */
export interface FileCheck {
  readonly violations: Violation[];
  readonly data?: unknown;
  readonly tree?: ContentNode | undefined;
}

/** A problem found at a path of the data (`['sources', 0, 'url']`), before its line is known. */
interface PathProblem {
  readonly path: readonly PropertyKey[];
  readonly violation: Violation;
}

/**
 * The file line of the value at `path` in a parsed YAML/JSON document, which
 * starts after `offset` lines of the file.
 */
function lineOf(document: Document, lines: LineCounter, path: readonly PropertyKey[], offset: number): number {
  // A missing field has no node: point at the nearest parent that exists.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true) as YamlNode | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line + offset;
  }
  return offset + 1;
}

/** What the schema says is wrong with `data`, field by field. */
function schemaProblems(schema: z.ZodType, data: unknown, whole: string): PathProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : whole;
    return { path: issue.path, violation: { rule: 'schema', message: `"${field}": ${issue.message}` } };
  });
}

/**
 * A YAML error at the line to fix. A parser notices an unclosed quote only
 * where the file ends, so an error inside a value that began on an earlier
 * line is reported where that value begins.
 */
function yamlViolation(document: Document, lines: LineCounter, error: YAMLError, offset: number): Violation {
  let start: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      if (error.code === 'MISSING_CHAR' && node.range && node.range[0] < error.pos[0] && error.pos[0] <= node.range[2]) start ??= node.range[0];
    },
  });
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = start === undefined ? error.linePos?.[0] : lines.linePos(start);
  return {
    rule: 'front-matter',
    message: start === undefined ? `not valid YAML: ${reason} (check quotes, colons and indentation)` : `not valid YAML: the value that starts here is not closed (${reason})`,
    line: (at?.line ?? 1) + offset,
    column: at?.col,
  };
}

/** A Sätteri parse error reads "12:3: what is wrong (rule-id)"; keep its position. */
function mdxSyntaxViolation(error: unknown): Violation {
  const message = (error as Error).message.split('\n')[0]!;
  const position = /^(\d+):(\d+): (.*)$/.exec(message);
  if (!position) return { rule: 'mdx-syntax', message };
  return { rule: 'mdx-syntax', message: position[3]!, line: Number(position[1]), column: Number(position[2]) };
}

/**
 * Where JSON first goes wrong. V8's messages do not always give a position,
 * so find the shortest prefix that fails for another reason than ending early.
 */
function jsonSyntaxViolation(source: string, error: unknown): Violation {
  const failsBefore = (end: number) => {
    try {
      JSON.parse(source.slice(0, end));
      return false;
    } catch (e) {
      const message = (e as Error).message;
      const position = /position (\d+)/.exec(message);
      // Running out of text is not the mistake; a complaint about an earlier character is.
      return position ? Number(position[1]) < end - 1 || !/end|Unterminated|Expected/i.test(message) : !/end of (JSON )?input/i.test(message);
    }
  };
  let low = 0;
  let high = source.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsBefore(middle)) high = middle;
    else low = middle + 1;
  }
  const before = source.slice(0, Math.max(0, high - 1)).split('\n');
  return {
    rule: 'json-syntax',
    message: `not valid JSON: ${(error as Error).message.split('\n')[0]} (check commas, quotes and brackets near here)`,
    line: before.length,
    column: before.at(-1)!.length + 1,
  };
}

/**
 * Checks an MDX content file: its front matter (YAML, then the schema) and its
 * body (parsed as MDX, then {@link treeViolations}). Line numbers are the
 * file's, front matter included.
 */
export function checkMdxSource(source: string, schema: z.ZodType): FileCheck {
  let tree: ContentNode | undefined;
  let syntaxError: Violation | undefined;
  try {
    tree = mdxToMdast(source) as ContentNode;
  } catch (error) {
    syntaxError = mdxSyntaxViolation(error);
  }
  // Plain Markdown parsing never fails, so the front matter is found even when the MDX body is broken.
  const root = tree ?? (markdownToMdast(source) as ContentNode);
  const yamlNode = (root.children ?? []).find((n) => n.type === 'yaml') as (ContentNode & { value: string }) | undefined;
  if (!yamlNode?.position) {
    return { violations: [{ rule: 'front-matter', message: 'the file must start with front matter between two "---" lines', line: 1 }] };
  }
  // The YAML text starts on the line after the opening "---".
  const offset = yamlNode.position.start.line;
  const lines = new LineCounter();
  const document = parseDocument(yamlNode.value, { lineCounter: lines });
  const violations: Violation[] = document.errors.map((error) => yamlViolation(document, lines, error, offset));
  const data: unknown = violations.length === 0 ? document.toJS() : undefined;
  if (violations.length === 0) {
    if (typeof data !== 'object' || data === null) violations.push({ rule: 'front-matter', message: 'the front matter must be "field: value" lines', line: offset + 1 });
    else violations.push(...schemaProblems(schema, data, '(front matter)').map(({ path, violation }) => ({ ...violation, line: lineOf(document, lines, path, offset) })));
  }
  violations.push(...(tree ? treeViolations(tree) : [syntaxError!]));
  return { violations, data, tree };
}

/**
 * Checks a JSON content file (glossary, checklist): valid JSON, the schema,
 * and every string read as Markdown, so a link or HTML hidden in a
 * definition breaks the same rules as in MDX.
 */
export function checkJsonSource(source: string, schema: z.ZodType): FileCheck {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { violations: [jsonSyntaxViolation(source, error)] };
  }
  const found = schemaProblems(schema, data, '(file)');
  const walk = (value: unknown, path: PropertyKey[]): void => {
    // Links and HTML start with "<" or "["; text without them needs no Markdown parse.
    if (typeof value === 'string' && /[<[]/.test(value)) {
      for (const violation of treeViolations(markdownToMdast(value, { features: { gfm: false } }) as ContentNode)) found.push({ path, violation });
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  walk(data, []);
  if (found.length === 0) return { violations: [], data };
  // JSON is YAML, and the YAML parser keeps positions: it gives each problem its line (parsed only when needed: it is slow).
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines });
  const violations = found.map(({ path, violation }) => ({ ...violation, line: lineOf(document, lines, path, 0) + (violation.line ?? 1) - 1, column: undefined }));
  return { violations, data };
}
