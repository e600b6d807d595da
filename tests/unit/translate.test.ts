import { describe, expect, it } from 'vitest';
import { createTranslator, interpolate, missingKeys } from '../../src/i18n/translate.ts';
import { useTranslations, UI_STRINGS, type UIKey } from '../../src/i18n/ui/index.ts';

describe('UI strings', () => {
  const dictionaries = { en: { hello: 'Hello {name}', bye: 'Bye' }, es: { hello: 'Hola {name}', bye: ' ' } };
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Call {number}', { number: '988' })).toBe('Call 988');
    expect(interpolate('Call {number}')).toBe('Call {number}');
  });
  it('translates and falls back to English per key, saying where a string came from', () => {
    const t = createTranslator('es', dictionaries);
    expect(t('hello', { name: 'Ana' })).toBe('Hola Ana');
    expect(t('bye')).toBe('Bye');
    expect(t.localeOf('hello')).toBe('es');
    expect(t.localeOf('bye')).toBe('en');
  });
  it('lists missing and blank keys', () => {
    expect(missingKeys(dictionaries.en, dictionaries.es)).toEqual(['bye']);
  });
  it('never returns a blank string on the site, in any locale', () => {
    for (const locale of ['en', 'es', 'fr', 'zh-Hans', 'vi', 'ar'] as const) {
      const t = useTranslations(locale);
      for (const key of Object.keys(UI_STRINGS.en) as UIKey[]) expect(t(key).trim()).not.toBe('');
    }
  });
  it('rejects unknown keys at compile time, and shows the key (never a blank) if one slips through', () => {
    const t = useTranslations('en');
    // @ts-expect-error 'nav.nope' is not a key of the English strings.
    expect(t('nav.nope')).toBe('nav.nope');
  });
});
