import { describe, expect, it } from 'vitest';
import { normalizeForHash, sourceHash, translationState } from '../../src/i18n/source-hash.ts';

const page = { title: 'Group therapy', description: 'What happens in a group.', body: 'You meet with others.\n\n- Share\n- Listen' };

describe('source hash: a version stamp that ignores formatting', () => {
  it('is 12 hex characters and stable', () => {
    expect(sourceHash(page)).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash(page)).toBe(sourceHash({ ...page }));
  });
  it('ignores re-wrapping, emphasis and list markers', () => {
    const reformatted = { ...page, body: 'You meet\nwith *others*.\n\n* Share\n* Listen\n' };
    expect(sourceHash(reformatted)).toBe(sourceHash(page));
    expect(normalizeForHash('Some *bold*\ntext.\n\n- item')).toBe('some bold text. item');
  });
  it('changes when the words change', () => {
    expect(sourceHash({ ...page, body: 'You meet with other people.' })).not.toBe(sourceHash(page));
    expect(sourceHash({ ...page, title: 'Group sessions' })).not.toBe(sourceHash(page));
  });
  it('classifies translations', () => {
    expect(translationState({ isSource: true, exists: true, recorded: undefined, current: 'a' })).toBe('source');
    expect(translationState({ isSource: false, exists: false, recorded: undefined, current: 'a' })).toBe('missing');
    expect(translationState({ isSource: false, exists: true, recorded: 'a', current: 'a' })).toBe('current');
    expect(translationState({ isSource: false, exists: true, recorded: 'b', current: 'a' })).toBe('outdated');
    expect(translationState({ isSource: false, exists: true, recorded: undefined, current: 'a' })).toBe('outdated');
  });
});
