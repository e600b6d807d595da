import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { checklistSchema, type Checklist } from '../../src/schemas/checklist.ts';
import { textsInEnglishOrder, withTexts } from '../../src/widgets/checklist/checklist.texts.ts';
import { WIDGET_STRINGS, type WidgetTranslation } from '../../src/widgets/translations/index.ts';

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

  it.each(LOCALE_CODES)('%s survives the bundle\'s texts-only form unchanged', (locale) => {
    const checklist = read(locale);
    expect(withTexts(english, textsInEnglishOrder(checklist, english, `${locale}.json`))).toEqual(checklist);
  });

  it('refuses, in the bundle build, an id English does not have, naming the file', () => {
    const broken = structuredClone(read('fr'));
    broken.sections[0]!.questions[0]!.id = 'renamed';
    expect(() => textsInEnglishOrder(broken, english, 'fr.json')).toThrow(/fr\.json: the id "credentials\/renamed"/);
  });

  it('covers the five factors, each with three or four questions', () => {
    expect(english.sections.map((s) => s.id)).toEqual(['credentials', 'approach', 'services', 'schedule', 'cost']);
    for (const section of english.sections) expect(section.questions.length).toBeGreaterThanOrEqual(3);
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
