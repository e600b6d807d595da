#!/usr/bin/env node
// `npm run i18n:status [-- --json] [-- --strict] [-- --lang es] [-- --hashes]`
// Prints, per language, translated, outdated and missing pages, missing UI
// strings and missing checklist and glossary entries; and every file error.
// --strict exits 1 on anything missing, outdated or wrong. See docs/translating.md.
import { execFileSync } from 'node:child_process';
import { buildStatusReport, hasGaps, type OutdatedPage } from '../src/i18n/status/report.ts';
import { sourceHash } from '../src/i18n/source-hash.ts';
import { parseMdx } from '../src/i18n/status/content-files.ts';
import { readStatusInput } from '../src/i18n/status/read-project.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const onlyLang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;

const report = buildStatusReport(await readStatusInput());

/** What changed in English since the translation, from git history when it reaches back that far. */
function changeSummary(page: OutdatedPage): string {
  if (!page.recorded) return 'no sourceHash recorded: compare with the English page, then add sourceHash';
  try {
    const commits = execFileSync('git', ['log', '--format=%H', '-n', '50', '--', page.sourcePath], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const commit of commits) {
      const old = parseMdx(execFileSync('git', ['show', `${commit}:${page.sourcePath}`], { encoding: 'utf8' }));
      const hash = sourceHash({ title: String(old.data['title']), description: String(old.data['description']), body: old.body });
      if (hash !== page.recorded) continue;
      const diff = execFileSync('git', ['diff', '--unified=0', commit, '--', page.sourcePath], { encoding: 'utf8' });
      const added = diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
      const removed = diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
      const headings = [...new Set(diff.split('\n').filter((l) => /^@@.*@@ #+ /.test(l)).map((l) => l.replace(/^@@.*@@ #+ /, '')))];
      const where = headings.length ? ` in: ${headings.map((h) => `"${h}"`).join(', ')}` : '';
      return `English changed +${added} −${removed} lines${where} (see: git diff ${commit.slice(0, 10)} -- ${page.sourcePath})`;
    }
    return 'the English version it was made from is not in this clone’s history: compare with the English page';
  } catch {
    return 'git history not available: compare with the English page';
  }
}

const locales = report.locales.filter((l) => !onlyLang || l.locale === onlyLang);
if (flag('--json')) {
  const withChanges = locales.map((l) => ({ ...l, outdated: l.outdated.map((o) => ({ ...o, change: changeSummary(o) })) }));
  console.log(JSON.stringify({ locales: withChanges, errors: report.errors, sources: report.sources }, null, 2));
} else {
  const total = report.sources.length;
  console.log(`Translation status: ${total} English pages (topics and stand-alone pages)\n`);
  for (const l of locales) {
    const data = Object.entries(l.missingData)
      .map(([name, ids]) => `${name}: ${ids.length ? `${ids.length} missing` : 'complete'}`)
      .join('; ');
    console.log(
      `${l.locale.padEnd(8)}${l.name}: ${l.translated.length}/${total} current, ${l.outdated.length} outdated, ${l.missing.length} missing; ` +
        `UI strings: ${l.missingUiKeys.length ? `${l.missingUiKeys.length} missing` : 'complete'}; ${data}`,
    );
    for (const o of l.outdated) console.log(`    outdated  ${o.path}: ${changeSummary(o)}; when updated, set sourceHash: ${o.current}`);
    for (const m of l.missing) console.log(`    missing   ${m}`);
    if (l.missingUiKeys.length) console.log(`    UI strings missing in src/i18n/ui/${l.locale}.ts: ${l.missingUiKeys.join(', ')}`);
    for (const [name, ids] of Object.entries(l.missingData)) {
      if (ids.length) console.log(`    ${name} entries missing in src/content/${name}/${l.locale}.json: ${ids.join(', ')}`);
    }
  }
  if (flag('--hashes')) {
    console.log('\nEnglish source hashes (put the one for your page in its front matter as sourceHash):');
    for (const s of report.sources) console.log(`    ${s.hash}  ${s.path}`);
  }
  if (report.errors.length) {
    console.log(`\n${report.errors.length} error(s) to fix:`);
    for (const e of report.errors) console.log(`  ${e.path}: ${e.message}`);
  }
}

const gaps = locales.some(hasGaps);
if (report.errors.length > 0 || (flag('--strict') && gaps)) process.exit(1);
