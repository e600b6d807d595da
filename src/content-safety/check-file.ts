import { markdownToMdast, mdxToMdast } from 'satteri';
import { LineCounter, parseDocument, isScalar, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { treeViolations, type ContentNode, type Violation } from './rules.ts';

/** What checking one content file found: its parsed data and tree when they could be read, and every broken rule. */
export interface FileCheck {
  readonly violations: Violation[];
  readonly data?: unknown;
  readonly tree?: ContentNode;
}

/** Where a YAML/JSON document starts in the file: lines before it, so document line 1 is file line `offset + 1`. */
function lineOf(document: Document, lines: LineCounter, path: readonly PropertyKey[], offset: number): number {
  // A missing field has no node: point at the nearest parent that exists.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true) as YamlNode | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line + offset;
  }
  return offset + 1;
}

function schemaViolations(document: Document, lines: LineCounter, data: unknown, schema: z.ZodType, offset: number): Violation[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(front matter)';
    return { rule: 'schema', message: `"${field}": ${issue.message}`, line: lineOf(document, lines, issue.path, offset) };
  });
}

/** A Sätteri parse error reads "12:3: what is wrong (rule-id)"; keep its position. */
function syntaxViolation(error: unknown, rule: 'mdx-syntax' | 'json-syntax'): Violation {
  const message = (error as Error).message.split('\n')[0]!;
  const position = /^(\d+):(\d+): ([\s\S]*)$/.exec(message) ?? /line (\d+) column (\d+)/.exec(message);
  if (!position) return { rule, message };
  return { rule, message: position[3] ?? message, line: Number(position[1]), column: Number(position[2]) };
}

/**
 * Checks an MDX content file: its front matter (YAML, then the schema) and its
 * body (parsed as MDX, then {@link treeViolations}). Line numbers are the
 * file's, front matter included.
 */
export function checkMdxSource(source: string, schema: z.ZodType): FileCheck {
  // Plain Markdown parsing never fails, so the front matter is found even when the MDX body is broken.
  const yamlNode = (markdownToMdast(source).children ?? []).find((n) => n.type === 'yaml') as (ContentNode & { value: string }) | undefined;
  if (!yamlNode?.position) {
    return { violations: [{ rule: 'front-matter', message: 'the file must start with front matter between two "---" lines', line: 1 }] };
  }
  // The YAML text starts on the line after the opening "---".
  const offset = yamlNode.position.start.line;
  const lines = new LineCounter();
  const document = parseDocument(yamlNode.value, { lineCounter: lines, prettyErrors: false });
  const violations: Violation[] = document.errors.map((error) => ({
    rule: 'front-matter',
    message: `not valid YAML: ${error.message.split('\n')[0]} (check quotes, colons and indentation)`,
    line: (error.linePos?.[0].line ?? 1) + offset,
    column: error.linePos?.[0].col,
  }));
  const data: unknown = violations.length === 0 ? document.toJS() : undefined;
  if (violations.length === 0) {
    if (typeof data !== 'object' || data === null) violations.push({ rule: 'front-matter', message: 'the front matter must be "field: value" lines', line: offset + 1 });
    else violations.push(...schemaViolations(document, lines, data, schema, offset));
  }
  let tree: ContentNode | undefined;
  try {
    tree = mdxToMdast(source) as ContentNode;
    violations.push(...treeViolations(tree));
  } catch (error) {
    violations.push(syntaxViolation(error, 'mdx-syntax'));
  }
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
    return { violations: [syntaxViolation(error, 'json-syntax')] };
  }
  // JSON is YAML, and the YAML parser keeps positions: it gives each problem its line.
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines });
  const violations = schemaViolations(document, lines, data, schema, 0);
  const visit = (node: unknown): void => {
    if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const start = lines.linePos(node.range[0]).line;
      for (const violation of treeViolations(markdownToMdast(node.value, { features: { gfm: false } }) as ContentNode)) {
        violations.push({ ...violation, line: start + (violation.line ?? 1) - 1, column: undefined });
      }
    } else if (node && typeof node === 'object' && 'items' in node) {
      for (const item of (node as { items: unknown[] }).items) visit(item);
    } else if (node && typeof node === 'object' && 'value' in node) {
      visit((node as { value: unknown }).value);
    }
  };
  visit(document.contents);
  return { violations, data };
}
