import { describe, expect, it } from 'vitest';
import { parseEntryId, resolveTranslation, sourceSlugs, strayEntries, translatedLocales } from '../../src/routing/translations.ts';

const entries = [{ id: 'en/cbt' }, { id: 'en/help' }, { id: 'es/cbt' }, { id: 'zh-Hans/help' }];

describe('translation fallback', () => {
  it('uses the translation when it exists', () => {
    expect(resolveTranslation(entries, 'es', 'cbt')).toEqual({ entry: { id: 'es/cbt' }, contentLocale: 'es', isFallback: false });
  });
  it('falls back to English, flagged, when the locale lacks the page', () => {
    expect(resolveTranslation(entries, 'fr', 'cbt')).toEqual({ entry: { id: 'en/cbt' }, contentLocale: 'en', isFallback: true });
  });
  it('English itself is never a fallback', () => {
    expect(resolveTranslation(entries, 'en', 'cbt')?.isFallback).toBe(false);
  });
  it('returns undefined when there is no English source', () => {
    expect(resolveTranslation(entries, 'es', 'nothing')).toBeUndefined();
  });
  it('keeps the case of locale codes in ids', () => {
    expect(parseEntryId('zh-Hans/help')).toEqual({ locale: 'zh-Hans', slug: 'help' });
    expect(resolveTranslation(entries, 'zh-Hans', 'help')?.isFallback).toBe(false);
  });
});

describe('which pages exist where', () => {
  it('lists English sources as the set of published slugs', () => {
    expect(sourceSlugs(entries)).toEqual(['cbt', 'help']);
  });
  it('lists only real translations as alternates', () => {
    expect(translatedLocales(entries, 'cbt')).toEqual(['en', 'es']);
    expect(translatedLocales(entries, 'help')).toEqual(['en', 'zh-Hans']);
  });
  it('reports translations with no English source and unknown locale folders', () => {
    expect(strayEntries([...entries, { id: 'es/cbt-typo' }, { id: 'esp/cbt' }])).toEqual([
      { id: 'es/cbt-typo', reason: 'no-source' },
      { id: 'esp/cbt', reason: 'unknown-locale' },
    ]);
  });
});
