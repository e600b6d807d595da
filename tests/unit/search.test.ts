import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt } from '../../src/search/excerpt.ts';
import { isOpenShortcut, nextActive } from '../../src/search/listbox.ts';
import { categoryFilter, highlightTerms, isInSection, toSearchItem, withHighlight } from '../../src/search/results.ts';
import { findMatches, foldWithMap } from '../../src/search/highlight.ts';
import { indexKey } from '../../src/search/bundle.ts';
import { instanceOptions } from '../../src/search/engine.ts';
import { assertNoErrors } from '../../src/integrations/pagefind.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

describe('excerpts keep only <mark>', () => {
  it('splits marked and plain text', () => {
    expect(parseExcerpt('Join a <mark>group</mark> today')).toEqual([
      { text: 'Join a ', mark: false },
      { text: 'group', mark: true },
      { text: ' today', mark: false },
    ]);
  });
  it('drops every other tag and keeps escaped text as text', () => {
    const segments = parseExcerpt('&lt;img src=x onerror=alert(1)&gt; <img src=x onerror=alert(1)><b>bold</b> <mark class="x">hit</mark>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)> bold ', mark: false },
      { text: 'hit', mark: true },
    ]);
  });
  it('decodes named and numeric entities, leaves unknown ones', () => {
    expect(decodeEntities('&amp; &#233; &#x4e2d; &bogus;')).toBe('& é 中 &bogus;');
  });
  it('handles every script', () => {
    expect(parseExcerpt('<mark>认知</mark>行为 <mark>العلاج</mark> <mark>điều trị</mark>').filter((s) => s.mark).map((s) => s.text)).toEqual([
      '认知',
      'العلاج',
      'điều trị',
    ]);
  });
});

describe('result shaping', () => {
  it('takes title, category label and excerpt', () => {
    const item = toSearchItem({ url: '/en/x/', excerpt: '<mark>a</mark>', meta: { title: ' Group therapy ', category: 'Therapies' } });
    expect(item).toEqual({ url: '/en/x/', title: 'Group therapy', category: 'Therapies', excerpt: [{ text: 'a', mark: true }] });
  });
  it('falls back to the URL for a missing title and to no category', () => {
    expect(toSearchItem({ url: '/en/help/', excerpt: '', meta: {} })).toMatchObject({ title: '/en/help/', category: '' });
  });
  it('tells a locale section from another, with a base and absolute URLs', () => {
    expect(isInSection('/base/zh-Hans/group-therapy/?highlight=x', '/base/zh-Hans/')).toBe(true);
    expect(isInSection('http://127.0.0.1:8080/base/en/group-therapy/', '/base/en/')).toBe(true);
    expect(isInSection('/base/en/group-therapy/', '/base/es/')).toBe(false);
  });
  it('builds the category filter from the stable key', () => {
    expect(categoryFilter('therapies')).toEqual({ category: 'therapies' });
    expect(categoryFilter('')).toEqual({});
  });
  it('adds one highlight parameter per query term, before the hash', () => {
    expect(withHighlight('/en/x/#a', 'group  therapy', 'highlight')).toBe('/en/x/?highlight=group&highlight=therapy#a');
    expect(withHighlight('/zh-Hans/x/?a=1', '认知 行为', 'highlight')).toBe('/zh-Hans/x/?a=1&highlight=%E8%AE%A4%E7%9F%A5&highlight=%E8%A1%8C%E4%B8%BA');
    expect(withHighlight('/en/x/', ' ', 'highlight')).toBe('/en/x/');
  });
  it('reads the highlight terms from a URL', () => {
    expect(highlightTerms('?highlight=group&highlight=%E8%AE%A4%E7%9F%A5&highlight=group&highlight=', 'highlight')).toEqual(['group', '认知']);
  });
});

describe('keyboard', () => {
  it('moves through options and wraps', () => {
    expect([nextActive(-1, 3, 'ArrowDown'), nextActive(2, 3, 'ArrowDown'), nextActive(0, 3, 'ArrowUp'), nextActive(-1, 3, 'ArrowUp')]).toEqual([0, 0, 2, 2]);
    expect([nextActive(1, 3, 'Home'), nextActive(1, 3, 'End'), nextActive(0, 0, 'ArrowDown')]).toEqual([0, 2, -1]);
  });
  it('opens with / outside fields and Ctrl/Cmd+K anywhere', () => {
    const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(isOpenShortcut(key('/'), false)).toBe(true);
    expect(isOpenShortcut(key('/'), true)).toBe(false);
    expect(isOpenShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isOpenShortcut(key('K', { metaKey: true }), false)).toBe(true);
    expect(isOpenShortcut(key('k'), false)).toBe(false);
    expect(isOpenShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });
});

describe('landing-page highlighting', () => {
  it('ignores case and accents and maps back to the original text', () => {
    const text = 'La Thérapie de groupe';
    expect(findMatches(text, ['therapie', 'GROUPE']).map(([s, e]) => text.slice(s, e))).toEqual(['Thérapie', 'groupe']);
  });
  it('finds Vietnamese, Chinese and Arabic terms', () => {
    const vi = 'Liệu pháp nhận thức hành vi';
    expect(findMatches(vi, ['nhận thức']).map(([s, e]) => vi.slice(s, e))).toEqual(['nhận thức']);
    expect(findMatches(vi, ['nhan thuc']).map(([s, e]) => vi.slice(s, e))).toEqual(['nhận thức']);
    const zh = '认知行为疗法帮助您改变想法';
    expect(findMatches(zh, ['认知行为疗法'])).toEqual([[0, 6]]);
    const ar = 'العلاج السلوكي المعرفي';
    expect(findMatches(ar, ['المعرفي']).map(([s, e]) => ar.slice(s, e))).toEqual(['المعرفي']);
  });
  it('prefers the longer term when terms overlap', () => {
    expect(findMatches('group therapy', ['group', 'group therapy'])).toEqual([[0, 13]]);
  });
  it('folds with a map back to source indexes', () => {
    expect(foldWithMap('Été').folded).toBe('ete');
  });
});

describe('build facts', () => {
  it('keys each locale index by its lower-cased <html lang>', () => {
    expect(LOCALES.map((l) => indexKey(l.tag))).toEqual(['en', 'es', 'fr', 'zh-hans', 'vi', 'ar']);
  });
  it('passes the bundle path and base to Pagefind, and names the language in the entry request', () => {
    expect(instanceOptions({ bundleUrl: '/p/pagefind/', baseUrl: '/p/' }, 'fr')).toMatchObject({
      basePath: '/p/pagefind/',
      baseUrl: '/p/',
      metaCacheTag: 'fr',
    });
  });
  it('fails on Pagefind errors, naming the step', () => {
    expect(() => assertNoErrors('addDirectory', [])).not.toThrow();
    expect(() => assertNoErrors('addDirectory', ['broken'])).toThrow(/Pagefind addDirectory failed: broken/);
  });
});
