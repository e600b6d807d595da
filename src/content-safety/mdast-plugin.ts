import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { formatViolation, treeViolations, type ContentNode } from './rules.ts';

/**
 * The content-safety rules inside the MDX pipeline (a Sätteri mdast plugin,
 * Astro 7's Markdown processor): any MDX that reaches compilation and breaks
 * a rule fails the build with file, line and rule. Content collections are
 * checked earlier, in the loader, where a bad translation can be skipped
 * instead; this is the last line for anything else that compiles MDX.
 */
export const contentSafetyPlugin = defineMdastPlugin({
  name: 'iop-content-safety',
  options: { position: true },
  before(root, context) {
    const violations = treeViolations(root as unknown as ContentNode);
    if (violations.length === 0) return;
    const file = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : '(MDX)';
    throw new Error(`Content breaks the content-safety rules (see docs/translating.md#checking-your-work):\n${violations.map((v) => `  ${formatViolation(file, v)}`).join('\n')}`);
  },
});
