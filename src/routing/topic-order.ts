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

/** A topic's previous and next topics within its category. */
export interface Neighbours<T> {
  readonly previous: T | undefined;
  readonly next: T | undefined;
}

/**
 * The topics before and after each topic within its category, by slug: one
 * sort per category for all topics (a site builds every topic page).
 * @example
 * neighbours(topics).get('cbt') // => { previous: { slug: 'individual-counseling', … }, next: { slug: 'family-therapy', … } }
 */
export function neighbours<T extends OrderedTopic>(topics: readonly T[]): ReadonlyMap<string, Neighbours<T>> {
  const around = new Map<string, Neighbours<T>>();
  for (const category of CATEGORIES) {
    const list = topicsIn(topics, category);
    list.forEach((topic, index) => around.set(topic.slug, { previous: list[index - 1], next: list[index + 1] }));
  }
  return around;
}

/** Categories in reading order with their topics; empty categories are left out. */
export function groupByCategory<T extends OrderedTopic>(topics: readonly T[]): { category: Category; topics: T[] }[] {
  return CATEGORIES.map((category) => ({ category, topics: topicsIn(topics, category) })).filter(
    (group) => group.topics.length > 0,
  );
}
