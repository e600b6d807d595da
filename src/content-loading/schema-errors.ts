/** A zod-like issue: where in the data, and what is wrong. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * Turns schema issues into one message a translator can act on: the file,
 * then one line per field with what was expected.
 * @example
 * formatSchemaIssues('src/content/topics/es/cbt.mdx', [{ path: ['category'], message: 'must be one of: …' }])
 * // => 'src/content/topics/es/cbt.mdx has front matter errors:\n  - "category": must be one of: …'
 */
export function formatSchemaIssues(file: string, issues: readonly SchemaIssue[]): string {
  const lines = issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(front matter)';
    return `  - "${field}": ${issue.message}`;
  });
  return `${file} has front matter errors:\n${lines.join('\n')}`;
}
