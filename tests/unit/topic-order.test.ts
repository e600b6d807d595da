import { describe, expect, it } from 'vitest';
import { groupByCategory, neighbours, topicsIn } from '../../src/routing/topic-order.ts';

const topics = [
  { slug: 'family-therapy', category: 'therapies', order: 4 },
  { slug: 'group-therapy', category: 'therapies', order: 1 },
  { slug: 'cbt', category: 'therapies', order: 3 },
  { slug: 'what-is-an-iop', category: 'understanding', order: 1 },
] as const;

describe('topic order', () => {
  it('sorts a category by order', () => {
    expect(topicsIn(topics, 'therapies').map((t) => t.slug)).toEqual(['group-therapy', 'cbt', 'family-therapy']);
  });
  it('finds previous and next within the category only', () => {
    const around = neighbours(topics);
    expect(around.get('cbt')).toEqual({ previous: topics[1], next: topics[0] });
    expect(around.get('group-therapy')).toEqual({ previous: undefined, next: topics[2] });
    expect(around.get('what-is-an-iop')).toEqual({ previous: undefined, next: undefined });
    expect(around.size).toBe(topics.length);
  });
  it('groups by category in reading order, leaving out empty ones', () => {
    expect(groupByCategory(topics).map((g) => g.category)).toEqual(['understanding', 'therapies']);
  });
});
