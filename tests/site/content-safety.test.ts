import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite, copyProject, syncContent } from '../support/build.ts';

// Content is data. In a copy of the project, translations that break the
// content-safety rules are skipped and their pages fall back to English,
// even with Astro's data store kept from a load where they were still valid;
// an English file that breaks them fails the build. The rules themselves are
// tested one by one, without a build, in tests/unit/content-safety.test.ts.
const project = mkdtempSync(join(tmpdir(), 'iop-content-safety-'));
const outDir = join(project, 'dist');
const FIXTURES = resolve('tests/fixtures/content-safety/src/content');
/** Translated files replaced by a broken fixture: [file in the copy, fixture, what the log must say]. */
const BROKEN: [string, string, RegExp][] = [
  ['src/content/topics/es/group-therapy.mdx', 'topics/es/no-esm.mdx', /src\/content\/topics\/es\/group-therapy\.mdx:11:1 \[no-esm\]/],
  ['src/content/topics/fr/family-therapy.mdx', 'topics/es/front-matter.mdx', /src\/content\/topics\/fr\/family-therapy\.mdx:3:14 \[front-matter\] not valid YAML/],
  ['src/content/pages/zh-Hans/about.mdx', 'topics/es/no-dangerous-element.mdx', /src\/content\/pages\/zh-Hans\/about\.mdx:11:1 \[no-dangerous-element\] <meta>/],
  ['src/content/topics/ar/support-groups.mdx', 'topics/es/unknown-component.mdx', /src\/content\/topics\/ar\/support-groups\.mdx:11:1 \[unknown-component\] <Callot>/],
  ['src/content/topics/vi/family-therapy.mdx', 'topics/es/schema.mdx', /src\/content\/topics\/vi\/family-therapy\.mdx:3 \[schema\] "description": too short/],
  ['src/content/glossary/es.json', 'glossary/es.json', /src\/content\/glossary\/es\.json:6 \[unsafe-link\]/],
];
let log = '';

beforeAll(() => {
  copyProject(project);
  // A warm cache: every translation loaded while still valid.
  syncContent(project);
  for (const [file, fixture] of BROKEN) cpSync(join(FIXTURES, fixture), join(project, file));
  log = buildSite({ cwd: project, outDir });
}, 300_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

describe('a translation that breaks a rule', () => {
  it('the build used the data store kept from the earlier load', () => {
    expect(existsSync(join(project, 'node_modules/.astro/data-store.json'))).toBe(true);
    expect(log).not.toContain('Clearing content store');
  });

  it.each(BROKEN)('%s is skipped with an error naming the file, line and rule', (_file, _fixture, message) => {
    expect(log).toMatch(message);
  });

  it.each(['es/group-therapy', 'fr/family-therapy', 'zh-Hans/about', 'ar/support-groups', 'vi/family-therapy'])(
    '/%s/ falls back to English',
    (path) => {
      const html = page(path);
      expect(html).toContain('data-translation-notice="fallback"');
      expect(html).toMatch(/<article[^>]* lang="en"/);
    },
  );

  it('nothing from the broken files reaches the pages', () => {
    expect(page('zh-Hans/about')).not.toMatch(/http-equiv="refresh"|evil\.example/);
    expect(page('es/glossary')).not.toContain('javascript:');
    expect(page('es/glossary')).toMatch(/<dl[^>]* lang="en"/);
  });

  it('the other pages of those languages keep their translation', () => {
    expect(page('es/family-therapy')).not.toContain('data-translation-notice="fallback"');
    expect(page('fr/group-therapy')).not.toContain('data-translation-notice="fallback"');
    expect(page('zh-Hans/help')).not.toContain('data-translation-notice="fallback"');
  });
});

describe('an English file that breaks a rule', () => {
  it('fails the build, naming every file, line and rule', () => {
    cpSync(join(FIXTURES, 'topics/es/no-inline-style.mdx'), join(project, 'src/content/topics/en/inline-style.mdx'));
    cpSync(join(FIXTURES, 'topics/es/front-matter.mdx'), join(project, 'src/content/topics/en/broken-yaml.mdx'));
    writeFileSync(join(project, 'src/content/topics/en/group-therapy.mdx'), readFileSync(join(FIXTURES, 'topics/es/no-esm.mdx')));
    expect(() => buildSite({ cwd: project, outDir: join(project, 'dist-english') })).toThrow(
      /English content must be valid[\s\S]*topics\/en\/broken-yaml\.mdx:3:14 \[front-matter\][\s\S]*topics\/en\/group-therapy\.mdx:11:1 \[no-esm\][\s\S]*topics\/en\/inline-style\.mdx:11:1 \[no-inline-style\]/,
    );
  }, 120_000);
});
