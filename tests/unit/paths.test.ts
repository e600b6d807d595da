import { describe, expect, it } from 'vitest';
import { joinBase, localePath, splitLocalePath } from '../../src/routing/paths.ts';

describe('joinBase: every internal URL works under a sub-path', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'en/help', '/en/help/'],
    ['/some/path/', 'en/help', '/some/path/en/help/'],
    ['/some/path', 'en/help/', '/some/path/en/help/'],
    ['/some/path/', '/favicon.svg', '/some/path/favicon.svg'],
    ['/', 'en/glossary#aftercare', '/en/glossary/#aftercare'],
    ['/base/', 'widgets/iop-widgets.js', '/base/widgets/iop-widgets.js'],
  ])('joinBase(%j, %j) is %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('locale paths', () => {
  it('builds /<lang>/<slug>/ paths', () => {
    expect(localePath('fr', 'group-therapy')).toBe('fr/group-therapy/');
    expect(localePath('ar')).toBe('ar/');
  });
  it('splits a path into locale and slug', () => {
    expect(splitLocalePath('/zh-Hans/help/')).toEqual({ locale: 'zh-Hans', slug: 'help' });
    expect(splitLocalePath('en/')).toEqual({ locale: 'en', slug: '' });
  });
});
