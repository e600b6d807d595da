import { describe, expect, it } from 'vitest';
import { matchLocale, negotiateLocale } from '../../src/i18n/match.ts';

describe('matchLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['es-MX', 'es'],
    ['ES_mx', 'es'],
    ['fr-CA', 'fr'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-hans', 'zh-Hans'],
    ['vi-VN', 'vi'],
    ['ar-EG', 'ar'],
    ['ar', 'ar'],
  ])('matches %s to %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it.each(['de', 'xx', '', '  ', 'javascript:alert(1)', '<b>', '123'])('finds nothing for %j', (tag) => {
    expect(matchLocale(tag)).toBeUndefined();
  });

  it('finds nothing for null and undefined', () => {
    expect(matchLocale(null)).toBeUndefined();
    expect(matchLocale(undefined)).toBeUndefined();
  });
});

describe('negotiateLocale', () => {
  it('takes the first tag that matches', () => {
    expect(negotiateLocale(['de-DE', 'fr-CA', 'es'])).toBe('fr');
  });

  it('falls back to English', () => {
    expect(negotiateLocale(['xx', 'de'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});
