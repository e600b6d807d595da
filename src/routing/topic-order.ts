import { CATEGORIES, type Category } from '../schemas/topic.ts';

/** The minimum a topic needs for ordering: slug, category and order. */
export interface OrderedTopic {
  readonly slug: string;
  readonly category: Category;
  readonly order: number;
}

/**
 * Topics of one category in reading order (by `order`, then slug).
 * @example
 * topicsIn([{ slug: 'b', category: 'therapies', order: 2 }, { slug: 'a', category: 'therapies', order: 1 }], 'therapies')
 * // => [{ slug: 'a', … }, { slug: 'b', … }]
 */
export function topicsIn<T extends OrderedTopic>(topics: readonly T[], category: Category): T[] {
  return topics
    .filter((t) => t.category === category)
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/**
 * The topics before and after `slug` within its category.
 * @example
 * neighbours(topics, 'cbt') // => { previous: { slug: 'individual-counseling', … }, next: { slug: 'family-therapy', … } }
 */
export function neighbours<T extends OrderedTopic>(
  topics: readonly T[],
  slug: string,
): { previous: T | undefined; next: T | undefined } {
  const self = topics.find((t) => t.slug === slug);
  if (!self) return { previous: undefined, next: undefined };
  const list = topicsIn(topics, self.category);
  const index = list.findIndex((t) => t.slug === slug);
  return { previous: list[index - 1], next: list[index + 1] };
}

/** Categories in reading order with their topics; empty categories are left out. */
export function groupByCategory<T extends OrderedTopic>(topics: readonly T[]): { category: Category; topics: T[] }[] {
  return CATEGORIES.map((category) => ({ category, topics: topicsIn(topics, category) })).filter(
    (group) => group.topics.length > 0,
  );
}
