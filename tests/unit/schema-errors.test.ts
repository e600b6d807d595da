import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../src/schemas/topic.ts';
import { formatSchemaIssues } from '../../src/content-loading/schema-errors.ts';

const valid = {
  title: 'Group therapy',
  description: 'What happens in group therapy and why programs use it.',
  category: 'therapies',
  order: 1,
  lastReviewed: '2026-11-28',
};

describe("the topic schema is the translator's contract", () => {
  it('accepts a valid page', () => {
    expect(topicSchema.safeParse(valid).success).toBe(true);
  });
  it('names the file, each bad field and what was expected', () => {
    const result = topicSchema.safeParse({ ...valid, category: 'terapias', order: 'uno', sources: [{ title: 'NIDA', publisher: 'NIDA', url: 'http://x' }] });
    expect(result.success).toBe(false);
    const message = formatSchemaIssues('src/content/topics/es/group-therapy.mdx', result.error!.issues);
    expect(message).toContain('src/content/topics/es/group-therapy.mdx has front matter errors');
    expect(message).toContain('"category": "category" must be one of: understanding, how-it-works, therapies, choosing, life-and-recovery');
    expect(message).toContain('"order": "order" must be a whole number');
    expect(message).toContain('"sources.0.url": each source needs a "url" that starts with https://');
  });
  it('explains a missing title', () => {
    const { title: _omit, ...rest } = valid;
    const message = formatSchemaIssues('x.mdx', topicSchema.safeParse(rest).error!.issues);
    expect(message).toContain('"title": add a "title"');
  });
});
