import { describe, expect, it } from 'vitest';
import { matchLocale, negotiateLocale } from '../../src/i18n/match.ts';

describe('BCP-47 locale matching', () => {
  it.each([
    ['en', 'en'], ['en-GB', 'en'], ['es', 'es'], ['es-MX', 'es'], ['ES-419', 'es'], ['fr-CA', 'fr'],
    ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'], ['zh-Hans', 'zh-Hans'], ['zh-hans-cn', 'zh-Hans'],
    ['zh-TW', 'zh-Hans'], ['vi-VN', 'vi'], ['ar', 'ar'], ['ar-EG', 'ar'], ['es_MX', 'es'],
  ])('%s → %s', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });
  it.each(['de', 'xx-YY', '', '  ', 'not a tag', '<script>', 'e'])('%j matches nothing', (tag) => {
    expect(matchLocale(tag)).toBeUndefined();
  });
  it('negotiates the first supported preference, else English', () => {
    expect(negotiateLocale(['de-DE', 'fr-CA', 'es'])).toBe('fr');
    expect(negotiateLocale(['xx', 'de'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});
