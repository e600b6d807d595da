import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, copyProject } from '../support/build.ts';
import { builtPages } from '../support/dist.ts';
import { buildStatusReport } from '../../src/i18n/status/report.ts';
import { readStatusInput } from '../../src/i18n/status/read-project.ts';

// docs/translating.md promises that a new language needs one entry in the
// locale table, one folder and one strings file, nothing else. Prove it with
// a throwaway locale in a copy of the project. The same copy changes two
// English pages, one in words and one in formatting only, to show when a
// translation counts as outdated.
const project = mkdtempSync(join(tmpdir(), 'iop-new-locale-'));
const outDir = join(project, 'dist');
const LOCALE = { code: 'ko', name: '한국어', englishName: 'Korean', dir: 'ltr', tag: 'ko' };

beforeAll(() => {
  copyProject(project);
  // 1. One entry in the locale table.
  const table = join(project, 'src/i18n/locales.ts');
  const source = readFileSync(table, 'utf8');
  const anchor = "  { code: 'ar',";
  if (!source.includes(anchor)) throw new Error('locales.ts changed shape: update this test');
  writeFileSync(table, source.replace(anchor, `  ${JSON.stringify(LOCALE).replace(/"(\w+)":/g, '$1: ')},\n${anchor}`));
  // 2. One folder, with one translated page.
  cpSync('src/content/pages/en/about.mdx', join(project, 'src/content/pages/ko/about.mdx'));
  // 3. One strings file, deliberately partial: missing keys fall back to English.
  writeFileSync(join(project, 'src/i18n/ui/ko.ts'), "export default { 'nav.home': '홈' };\n");
  // English changes after the translations were made: new words in one page, formatting only in another.
  const changed = join(project, 'src/content/topics/en/group-therapy.mdx');
  writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nA new closing sentence that the translations do not have yet.\n`);
  const reformatted = join(project, 'src/content/topics/en/family-therapy.mdx');
  const [, frontMatter, body] = readFileSync(reformatted, 'utf8').split(/^---$/m);
  const rewrapped = body!.replace(/\. (?=[A-Z])/g, '.\n').replace(/^- /gm, '* ');
  writeFileSync(reformatted, `---${frontMatter}---${rewrapped}`);
  buildSite({ cwd: project, outDir });
}, 300_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('adding a language', () => {
  it('builds every English page for the new locale', () => {
    const english = builtPages(outDir).filter((p) => p.path.startsWith('/en/')).map((p) => p.path.slice(4));
    const korean = new Set(builtPages(outDir).filter((p) => p.path.startsWith('/ko/')).map((p) => p.path.slice(4)));
    expect(english.length).toBeGreaterThan(20);
    expect(english.filter((slug) => !korean.has(slug))).toEqual([]);
  });

  it('marks untranslated pages as English fallbacks, with lang="ko" on the page and lang="en" on the text', () => {
    const html = readFileSync(join(outDir, 'ko/what-is-an-iop/index.html'), 'utf8');
    expect(html).toMatch(/<html[^>]* lang="ko"/);
    expect(html).toContain('data-translation-notice="fallback"');
    expect(html).toMatch(/<article[^>]* lang="en"/);
    expect(html).toContain('>홈<');
  });

  it('shows its own translation where one exists, and offers the language in the picker and the chooser', () => {
    const about = readFileSync(join(outDir, 'ko/about/index.html'), 'utf8');
    expect(about).not.toContain('data-translation-notice="fallback"');
    expect(readFileSync(join(outDir, 'en/index.html'), 'utf8')).toContain('hreflang="ko"');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('한국어');
    expect(existsSync(join(outDir, 'ko/index.html'))).toBe(true);
    expect(readdirSync(join(outDir, 'ko')).length).toBeGreaterThan(20);
  });
});

describe('outdated translations', () => {
  it('a translation whose English page changed in words shows the outdated notice, in its own language', () => {
    const html = readFileSync(join(outDir, 'es/group-therapy/index.html'), 'utf8');
    expect(html).toContain('data-translation-notice="outdated"');
    expect(html).not.toContain('data-translation-notice="fallback"');
  });
  it('a formatting-only change to English does not make a translation outdated', () => {
    expect(readFileSync(join(outDir, 'es/family-therapy/index.html'), 'utf8')).not.toContain('data-translation-notice');
  });
  it('i18n:status reports the same page as outdated, in every language', async () => {
    const report = buildStatusReport(await readStatusInput(project));
    for (const locale of report.locales.filter((l) => String(l.locale) !== LOCALE.code)) {
      expect(locale.outdated.map((o) => o.slug)).toEqual(['topics/group-therapy']);
    }
  });
});
