import { describe, expect, it } from 'vitest';
import { buildStatusReport, hasGaps, type ContentFile } from '../../src/i18n/status/report.ts';
import { readStatusInput } from '../../src/i18n/status/read-project.ts';
import { sourceHash } from '../../src/i18n/source-hash.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { glossarySchema, type Glossary } from '../../src/schemas/glossary.ts';

const front = (fields: Record<string, string | number>) =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`;
const base = { category: 'therapies', order: 1, lastReviewed: '2026-11-28' };
const english = { title: 'Group therapy', description: 'What happens in group therapy sessions.', body: '\n<KeyPoints>\n\n- You meet with others.\n\n</KeyPoints>\n' };
const hash = sourceHash(english);
const file = (folder: string, slug: string, fields: Record<string, string | number>, body = english.body): ContentFile => ({
  path: `src/content/topics/${folder}/${slug}.mdx`,
  folder,
  slug,
  source: front({ ...base, ...fields }) + body,
});

const input = (files: ContentFile[], ui: Record<string, Record<string, string>> = { en: { a: 'A', b: 'B' }, es: { a: 'Á' } }) =>
  buildStatusReport({
    collections: [{ name: 'topics', schema: topicSchema, files }],
    ui,
    data: [
      {
        name: 'glossary',
        schema: glossarySchema,
        ids: (g: Glossary) => g.terms.map((t) => t.id),
        files: {
          en: { path: 'g/en.json', value: { terms: [{ id: 'cbt', term: 'CBT', definition: 'A kind of talk therapy.' }, { id: 'eap', term: 'EAP', definition: 'Help from an employer.' }] } },
          es: { path: 'g/es.json', value: { terms: [{ id: 'cbt', term: 'TCC', definition: 'Un tipo de terapia.' }] } },
        },
      },
    ],
  });

describe('translation status report', () => {
  const files = [
    file('en', 'group-therapy', { title: english.title, description: english.description }),
    file('en', 'cbt', { title: 'CBT basics', description: 'How thoughts and actions link together.' }),
    file('es', 'group-therapy', { title: 'Terapia de grupo', description: 'Qué pasa en la terapia de grupo.', sourceHash: hash }),
    file('fr', 'group-therapy', { title: 'Thérapie de groupe', description: 'Ce qui se passe en groupe, en bref.', sourceHash: '"000000000000"' }),
  ];
  const report = input(files);
  const es = report.locales.find((l) => l.locale === 'es')!;
  const fr = report.locales.find((l) => l.locale === 'fr')!;

  it('counts current, outdated and missing pages per language', () => {
    expect(es.translated).toEqual(['topics/group-therapy']);
    expect(es.missing).toEqual(['topics/cbt']);
    expect(fr.outdated.map((o) => [o.slug, o.recorded, o.current])).toEqual([['topics/group-therapy', '000000000000', hash]]);
  });
  it('lists missing UI strings and data entries', () => {
    expect(es.missingUiKeys).toEqual(['b']);
    expect(es.missingData).toEqual({ glossary: ['eap'] });
    expect(fr.missingUiKeys).toEqual(['a', 'b']);
  });
  it('flags gaps for --strict', () => {
    expect(hasGaps(es)).toBe(true);
  });
  it('publishes the English hash translators record', () => {
    expect(report.sources).toContainEqual({ collection: 'topics', slug: 'group-therapy', path: 'src/content/topics/en/group-therapy.mdx', hash });
  });
});

describe('translator mistakes are reported with the file, the field and the fix', () => {
  const en = file('en', 'group-therapy', { title: english.title, description: english.description });
  it('a translated file without an English source', () => {
    const { errors } = input([en, file('es', 'group-theraphy', { title: 'Terapia', description: 'Qué pasa en la terapia de grupo.' })]);
    expect(errors).toEqual([
      expect.objectContaining({ path: 'src/content/topics/es/group-theraphy.mdx', message: expect.stringContaining('has no English source (src/content/topics/en/group-theraphy.mdx)') }),
    ]);
  });
  it('a wrong category in front matter', () => {
    const { errors } = input([en, file('es', 'group-therapy', { title: 'Terapia de grupo', description: 'Qué pasa en la terapia de grupo.', category: 'terapias' })]);
    expect(errors[0]?.message).toContain('"category": "category" must be one of');
  });
  it('broken YAML front matter', () => {
    const broken = { ...en, path: 'src/content/topics/es/group-therapy.mdx', folder: 'es', source: '---\ntitle: "unclosed\n---\nText' };
    const { errors } = input([en, broken]);
    expect(errors[0]).toMatchObject({ path: broken.path, message: expect.stringContaining('not valid YAML') });
  });
  it('a misspelled or unclosed MDX component, with the line of the file', () => {
    const page = (body: string) => input([en, file('es', 'group-therapy', { title: 'Terapia de grupo', description: 'Qué pasa en la terapia de grupo.' }, body)]).errors;
    expect(page('\n<Callot type="tip">\nHi\n</Callot>\n')).toEqual([
      { path: 'src/content/topics/es/group-therapy.mdx', message: 'line 9: [unknown-component] <Callot> is not a component. Use one of: Callout, KeyPoints, Steps, Questions, Term, CallToAction, Checklist (names are case-sensitive)' },
    ]);
    expect(page('\n<KeyPoints>\n\n- a\n')).toEqual([expect.objectContaining({ message: expect.stringMatching(/^line 9: \[mdx-syntax\] Expected a closing tag for `<KeyPoints>`/) })]);
    expect(page('\n<CallToAction />\n<Term id="cbt">CBT</Term>\n')).toEqual([]);
  });
  it('a locale folder that does not exist', () => {
    const { errors } = input([en, file('esp', 'group-therapy', { title: 'Terapia de grupo', description: 'Qué pasa en la terapia de grupo.' })]);
    expect(errors[0]?.message).toContain('"esp" is not a locale folder');
  });
});

describe('the project’s own content', () => {
  // Parses every content file (about 0.5 s of CPU); the limit leaves room for a busy machine.
  it('has no file errors in any language (schema, components, orphans)', async () => {
    const { errors } = buildStatusReport(await readStatusInput());
    expect(errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toBe('');
  }, 30_000);
});

describe('stamping a translation with its English version', () => {
  it('adds or replaces sourceHash and keeps the rest', async () => {
    const { withSourceHash } = await import('../../src/i18n/status/stamp.ts');
    expect(withSourceHash('---\ntitle: Hola\n---\nTexto', 'abcdef012345')).toBe('---\ntitle: Hola\nsourceHash: "abcdef012345"\n---\nTexto');
    expect(withSourceHash('---\nsourceHash: "000000000000"\ntitle: Hola\n---\nTexto', 'abcdef012345')).toBe(
      '---\ntitle: Hola\nsourceHash: "abcdef012345"\n---\nTexto',
    );
  });
});
