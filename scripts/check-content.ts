#!/usr/bin/env node
// `npm run check:content [-- files…]`: checks content files (all by default)
// without a site build or a browser: front matter, the content-safety rules,
// components, and links to other pages and glossary terms. Prints one line per
// problem (file:line:column [rule] message) and exits 1 if there is any.
// See docs/translating.md.
import { existsSync } from 'node:fs';
import { checkProject, allContentFiles } from '../src/content-safety/check-project.ts';
import { formatViolation } from '../src/content-safety/rules.ts';

const started = performance.now();
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const missing = args.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`No such file: ${missing.join(', ')}`);
  process.exit(1);
}
const files = args.length > 0 ? args : allContentFiles();
const problems = checkProject('.', files);
for (const [file, violations] of problems) {
  for (const violation of violations) console.log(formatViolation(file, violation));
}
const count = [...problems.values()].reduce((sum, v) => sum + v.length, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  count === 0
    ? `check:content: ${files.length} file(s) OK (${seconds} s)`
    : `check:content: ${count} problem(s) in ${problems.size} of ${files.length} file(s) (${seconds} s). Rules: docs/translating.md#checking-your-work`,
);
process.exit(count === 0 ? 0 : 1);
