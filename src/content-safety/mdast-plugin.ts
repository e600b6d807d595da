import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { formatViolation, JUDGED_NODE_TYPES, nodeViolations, type ContentNode, type Violation } from './rules.ts';

/** Each document's violations so far, by its compile's data bag (one per document, shared by all passes). */
const found = new WeakMap<object, Violation[]>();

/** Records what one node breaks. */
function check(node: unknown, context: MdastVisitorContext): void {
  const violations = nodeViolations(node as ContentNode);
  if (violations.length === 0) return;
  const list = found.get(context.data) ?? [];
  list.push(...violations);
  found.set(context.data, list);
}

/**
 * The content-safety rules inside the MDX pipeline (a Sätteri mdast plugin,
 * Astro 7's Markdown processor): any MDX that reaches compilation and breaks
 * a rule fails the build with file, line and rule. Content collections are
 * checked earlier, in the loader, where a bad translation can be skipped
 * instead; this is the last line for anything else that compiles MDX.
 *
 * It visits only the node types the rules judge: Sätteri walks the tree
 * natively and hands over just those nodes. (Reading the whole tree in
 * JavaScript cost ten times the compile itself.)
 */
export const contentSafetyPlugin = defineMdastPlugin({
  name: 'iop-content-safety',
  options: { position: true },
  ...(Object.fromEntries(JUDGED_NODE_TYPES.map((type) => [type, check])) as Record<(typeof JUDGED_NODE_TYPES)[number], typeof check>),
  after(_root, context) {
    const violations = found.get(context.data);
    if (!violations) return;
    found.delete(context.data);
    const file = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : '(MDX)';
    throw new Error(`Content breaks the content-safety rules (see docs/translating.md#checking-your-work):\n${violations.map((v) => `  ${formatViolation(file, v)}`).join('\n')}`);
  },
});
