import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { topicSchema } from '../../src/schemas/topic.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { textLength } from '../../src/schemas/text-length.ts';
import { checkJsonSource, checkMdxSource } from '../../src/content-safety/check-file.ts';
import { checkProject } from '../../src/content-safety/check-project.ts';
import { contentSafetyPlugin } from '../../src/content-safety/mdast-plugin.ts';
import { formatViolation, linkViolation, RULES, type RuleId } from '../../src/content-safety/rules.ts';

const FIXTURES = 'tests/fixtures/content-safety/src/content';
const fixture = (path: string) => readFileSync(`${FIXTURES}/${path}`, 'utf8');

// One fixture per rule: the rule it breaks, and the line of the file where.
const MDX_FIXTURES: [RuleId, number][] = [
  ['no-esm', 11],
  ['no-expression', 11],
  ['no-raw-html', 11],
  ['no-dangerous-element', 11],
  ['unknown-component', 11],
  ['no-event-handler', 11],
  ['no-inline-style', 11],
  ['unsafe-link', 11],
  ['https-only', 11],
  ['no-external-image', 11],
  ['mdx-syntax', 11],
  ['front-matter', 3],
  ['schema', 3],
];

describe('each rule, on a fixture that breaks it', () => {
  it.each(MDX_FIXTURES)('%s: reported at line %i', (rule, line) => {
    const { violations } = checkMdxSource(fixture(`topics/es/${rule}.mdx`), topicSchema);
    expect(violations.map((v) => [v.rule, v.line])).toContainEqual([rule, line]);
    expect(violations.every((v) => v.rule === rule)).toBe(true);
  });

  it('every rule has a fixture or a test of its own', () => {
    const covered = new Set<string>([...MDX_FIXTURES.map(([rule]) => rule), 'json-syntax', 'broken-link']);
    expect(Object.keys(RULES).filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('javascript:, data: and vbscript: links are each caught, whatever their case', () => {
    const { violations } = checkMdxSource(fixture('topics/es/unsafe-link.mdx'), topicSchema);
    expect(violations.map((v) => v.message.slice(0, 14))).toEqual(['"javascript:" ', '"data:" links ', '"vbscript:" li']);
  });

  it('a link in a glossary definition breaks the same rule, at the line of the string', () => {
    const { violations } = checkJsonSource(fixture('glossary/es.json'), glossarySchema);
    expect(violations).toMatchObject([{ rule: 'unsafe-link', line: 6 }]);
  });

  it('broken JSON is reported at the character that breaks it', () => {
    const { violations } = checkJsonSource(fixture('glossary/fr.json'), glossarySchema);
    expect(violations).toMatchObject([{ rule: 'json-syntax', line: 4, column: 3 }]);
  });

  it('links to pages and glossary terms that do not exist are reported, with their line', () => {
    const problems = checkProject('.', [`${FIXTURES}/topics/es/broken-link.mdx`]);
    const messages = [...problems.values()].flat().map((v) => formatViolation('x.mdx', v));
    expect(messages).toEqual([
      expect.stringMatching(/^x\.mdx:11:5 \[broken-link\] "\.\.\/no-existe\/" links to a page that does not exist/),
      expect.stringMatching(/^x\.mdx:11:36 \[broken-link\] <Term id="no-existe">: the glossary has no term/),
    ]);
  });
});

describe('links, read as a browser reads them', () => {
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'intent://x'])(
    '%j is unsafe',
    (url) => expect(linkViolation(url)?.rule).toBe('unsafe-link'),
  );
  it.each(['http://example.org/', '//example.org/'])('%j must use https', (url) => expect(linkViolation(url)?.rule).toBe('https-only'));
  it.each(['../group-therapy/', '#top', 'https://988lifeline.org/', 'tel:988', 'sms:988', 'help/'])('%j is fine', (url) =>
    expect(linkViolation(url)).toBeUndefined(),
  );
  it('images come from this site only', () => {
    expect(linkViolation('https://tracker.example/p.png', 'image')?.rule).toBe('no-external-image');
    expect(linkViolation('//tracker.example/p.png', 'image')?.rule).toBe('no-external-image');
    expect(linkViolation('../images/diagram.png', 'image')).toBeUndefined();
  });
});

describe('the MDX pipeline runs the same rules', () => {
  const compile = (source: string) => mdxToJs(source, { mdastPlugins: [contentSafetyPlugin], fileURL: pathToFileURL('src/content/topics/en/x.mdx') });
  it('fails with the file, line and rule', () => {
    expect(() => compile(fixture('topics/es/no-dangerous-element.mdx'))).toThrow(/src\/content\/topics\/en\/x\.mdx:11:1 \[no-dangerous-element\]/);
    expect(() => compile(fixture('topics/es/no-esm.mdx'))).toThrow(/x\.mdx:11:1 \[no-esm\]/);
  });
  it.each(MDX_FIXTURES.filter(([rule]) => !['mdx-syntax', 'front-matter', 'schema'].includes(rule)))('%s: the same rule, at the same line, as the loader', (rule, line) => {
    expect(() => compile(fixture(`topics/es/${rule}.mdx`))).toThrow(`x.mdx:${line}:`);
    expect(() => compile(fixture(`topics/es/${rule}.mdx`))).toThrow(`[${rule}]`);
  });
  it('compiles content that keeps the rules', () => {
    expect(compile(readFileSync('src/content/topics/en/group-therapy.mdx', 'utf8')).code).toContain('KeyPoints');
  });
});

describe('front matter messages say what is wrong', () => {
  const frontMatter = (fields: string) => `---\ntitle: Terapia de grupo\ncategory: therapies\norder: 1\nlastReviewed: 2026-11-28\n${fields}---\n\nTexto.\n`;
  it('a missing description asks for one', () => {
    expect(checkMdxSource(frontMatter(''), topicSchema).violations).toMatchObject([{ rule: 'schema', line: 2, message: expect.stringContaining('add a "description"') }]);
  });
  it('a description that is present but short says it is too short, not missing', () => {
    const [violation] = checkMdxSource(frontMatter('description: Muy corta.\n'), topicSchema).violations;
    expect(violation).toMatchObject({ rule: 'schema', line: 6 });
    expect(violation!.message).toMatch(/"description": too short \(10 of at least 20/);
    expect(violation!.message).not.toContain('add a');
  });
  it('a good 18-character Chinese description is long enough', () => {
    const description = '了解团体治疗如何帮助您与他人一起康复';
    expect([...description].length).toBe(18);
    expect(checkMdxSource(frontMatter(`description: ${description}\n`), topicSchema).violations).toEqual([]);
  });
  it('counts user-perceived characters, and a CJK character as two', () => {
    expect(textLength('Group therapy')).toBe(13);
    expect(textLength('e\u0301')).toBe(1);
    expect(textLength('团体治疗')).toBe(8);
    expect(textLength('그룹 치료')).toBe(9);
  });
  it('a YAML error names the line of the file, not of the YAML block', () => {
    const source = `---\ntitle: Terapia\ndescription: Una descripción bastante larga.\n\tcategory: therapies\norder: 1\n---\n\nTexto.\n`;
    const [violation] = checkMdxSource(source, topicSchema).violations;
    expect(violation).toMatchObject({ rule: 'front-matter', line: 4 });
  });
});

// Each test starts Node on the script (about 1 s of CPU); the limit leaves room for a busy machine.
describe('npm run check:content', { timeout: 30_000 }, () => {
  const run = (...files: string[]) => spawnSync(process.execPath, ['scripts/check-content.ts', ...files], { encoding: 'utf8' });
  it('prints file:line [rule] for each problem and exits 1', () => {
    const result = run(`${FIXTURES}/topics/es/no-esm.mdx`, `${FIXTURES}/topics/es/unknown-component.mdx`);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${FIXTURES}/topics/es/no-esm.mdx:11:1 [no-esm]`);
    expect(result.stdout).toContain(`${FIXTURES}/topics/es/unknown-component.mdx:11:1 [unknown-component] <Callot> is not a component`);
    expect(result.stdout).toMatch(/2 problem\(s\) in 2 of 2 file\(s\)/);
  });
  it('passes a good file', () => {
    const result = run('src/content/topics/zh-Hans/group-therapy.mdx');
    expect(result.stdout).toMatch(/1 file\(s\) OK/);
    expect(result.status).toBe(0);
  });
});
