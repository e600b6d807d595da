import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { checklistSchema, type Checklist } from '../../src/schemas/checklist.ts';
import { WIDGET_STRINGS, type WidgetTranslation } from '../../src/widgets/translations/index.ts';
import { compactChecklist, compactTranslation, evaluateTranslation, indexTranslationKeys, squeezeCss, stripLocaleNames } from '../../src/integrations/widgets-compact.ts';
import { corsHeaders } from '../../src/integrations/widgets.ts';

const read = (locale: string): Checklist =>
  JSON.parse(readFileSync(new URL(`../../src/content/checklist/${locale}.json`, import.meta.url), 'utf8'));
const idsOf = (c: Checklist) => c.sections.map((s) => [s.id, ...s.questions.map((q) => q.id)]);

describe('checklist content', () => {
  const english = read('en');

  it.each(LOCALE_CODES)('%s is valid and has only English ids, in the English order (a new English question may wait for its translator)', (locale) => {
    const checklist = checklistSchema.parse(read(locale));
    const englishIds = idsOf(english).flatMap(([section, ...questions]) => [section, ...questions.map((q) => `${section}/${q}`)]);
    const ownIds = idsOf(checklist).flatMap(([section, ...questions]) => [section, ...questions.map((q) => `${section}/${q}`)]);
    expect(ownIds).toEqual(englishIds.filter((id) => ownIds.includes(id)));
  });

  it('covers the five factors, each with three or four questions', () => {
    expect(english.sections.map((s) => s.id)).toEqual(['credentials', 'approach', 'services', 'schedule', 'cost']);
    for (const section of english.sections) expect(section.questions.length).toBeGreaterThanOrEqual(3);
  });

  it('compacts a translation for the bundle, and refuses mismatched ids', () => {
    expect(compactChecklist(read('es'), english, 'es.json')).toContain('"Costo y seguro"');
    const broken = structuredClone(read('fr'));
    broken.sections[0]!.questions[0]!.id = 'renamed';
    expect(() => compactChecklist(broken, english, 'fr.json')).toThrow(/fr\.json has the id "credentials\/renamed"/);
  });

  it('leaves out, in the bundle, a question or section a translation does not have yet', () => {
    const partial = structuredClone(english);
    partial.sections[0]!.questions.pop();
    partial.sections.pop();
    const texts = JSON.parse(compactChecklist(partial, english, 'xx.json').match(/fromTexts\((.*)\)$/)![1]!) as (string | null)[];
    expect(texts).toHaveLength(english.sections.reduce((n, s) => n + 1 + s.questions.length, 0));
    expect(texts.filter((t) => t === null)).toHaveLength(1 + 1 + english.sections.at(-1)!.questions.length);
  });
});

describe('widget bundle transforms', () => {
  const source = (file: string) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');

  it('reads a translation file and keeps its texts, in English key order, without the keys', () => {
    const english = evaluateTranslation(source('widgets/translations/en.ts'));
    const spanish = evaluateTranslation(source('widgets/translations/es.ts'));
    expect(english).toEqual(WIDGET_STRINGS.en);
    expect(spanish).toEqual(WIDGET_STRINGS.es);
    const compact = compactTranslation(spanish, english, 'es.ts');
    expect(compact).toContain(JSON.stringify(WIDGET_STRINGS.es['checklist.reset']));
    expect(compact).not.toContain('checklist.reset');
    const { ['checklist.reset']: _, ...missing } = spanish;
    expect(() => compactTranslation(missing, english, 'es.ts')).toThrow(/es\.ts has keys/);
  });

  it('turns string keys in this.t() calls into indexes of the compact translations, and refuses unknown or unwritten keys', () => {
    const keys = Object.keys(WIDGET_STRINGS.en);
    const reset = keys.indexOf('checklist.reset');
    expect(indexTranslationKeys("${this.t('checklist.reset')} ${this.t('cta.call', { number })}", keys, 'x.ts')).toBe(
      `\${this.t(${reset})} \${this.t(${keys.indexOf('cta.call')}, { number })}`,
    );
    expect(() => indexTranslationKeys("this.t('cta.nope')", keys, 'x.ts')).toThrow(/x\.ts uses the string key 'cta\.nope'/);
    expect(() => indexTranslationKeys('this.t(key)', keys, 'x.ts')).toThrow(/x\.ts calls this\.t\(\) without a quoted key/);
  });

  it('leaves the locale names out of the bundled locales.ts, and fails loudly when it cannot', () => {
    const stripped = stripLocaleNames(source('i18n/locales.ts'));
    expect(stripped).not.toMatch(/englishName: '/);
    expect(stripped).toContain("code: 'ar', dir: 'rtl', tag: 'ar'");
    expect(() => stripLocaleNames('export const LOCALES = [];')).toThrow(/stripLocaleNames/);
  });
});

describe('widget strings', () => {
  it('has every key in every language, none blank', () => {
    const keys = Object.keys(WIDGET_STRINGS.en).sort();
    for (const locale of LOCALE_CODES) {
      const strings = WIDGET_STRINGS[locale];
      expect(Object.keys(strings).sort()).toEqual(keys);
      for (const value of Object.values(strings)) expect(value.trim()).not.toBe('');
    }
  });

  it('keeps the placeholders of English', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const locale of LOCALE_CODES) {
      for (const [key, value] of Object.entries(WIDGET_STRINGS.en)) {
        expect(placeholders(WIDGET_STRINGS[locale][key as keyof WidgetTranslation]), `${locale} ${key}`).toEqual(placeholders(value));
      }
    }
  });

  it('fails to compile when a translation misses a key', () => {
    // @ts-expect-error A translation without every key is not a WidgetTranslation.
    const incomplete: WidgetTranslation = { 'cta.label': 'Llame' };
    expect(incomplete).toBeDefined();
  });
});

describe('bundle helpers', () => {
  it('squeezes css templates only', () => {
    expect(squeezeCss('const a = css`\n  a {\n    color: red;\n  }\n  b > i, u { margin: 0 4px; }\n`; const s = `  x  `;')).toBe(
      'const a = css`a{color:red}b>i,u{margin:0 4px}`; const s = `  x  `;',
    );
  });

  it('writes CORS headers for the widget path under the base', () => {
    expect(corsHeaders('/')).toMatch(/^\/widgets\/\*\n {2}Access-Control-Allow-Origin: \*\n/);
    expect(corsHeaders('/docs')).toMatch(/^\/docs\/widgets\/\*\n/);
  });
});
