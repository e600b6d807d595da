#!/usr/bin/env node
// `npm run i18n:stamp -- src/content/topics/es/group-therapy.mdx [...]`
// Records in each translation that it matches the current English page
// (its `sourceHash`). Run it after translating or updating a page.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildStatusReport } from '../src/i18n/status/report.ts';
import { readStatusInput } from '../src/i18n/status/read-project.ts';
import { withSourceHash } from '../src/i18n/status/stamp.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run i18n:stamp -- src/content/topics/<lang>/<slug>.mdx [...]');
  process.exit(2);
}
const { sources } = buildStatusReport(await readStatusInput());
let failed = false;
for (const file of files) {
  const match = /^src\/content\/(\w+)\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
  const source = match && sources.find((s) => s.collection === match[1] && s.slug === match[3]);
  if (!match || match[2] === 'en' || !source) {
    console.error(`${file}: not a translation of an English page (expected src/content/<topics|pages>/<lang>/<slug>.mdx)`);
    failed = true;
    continue;
  }
  writeFileSync(file, withSourceHash(readFileSync(file, 'utf8'), source.hash));
  console.log(`${file}: sourceHash ${source.hash} (from ${source.path})`);
}
process.exit(failed ? 1 : 0);
