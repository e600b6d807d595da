import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToProse, readability, READABILITY_LIMITS } from '../../src/content-checks/readability.ts';

describe('readability module', () => {
  it('strips MDX syntax to prose, one sentence per heading and list item', () => {
    expect(mdxToProse('---\ntitle: x\n---\n## Why\n- Short *point*\n<Callout>\nSee <Term id="a">this</Term> now.\n</Callout>')).toBe(
      'Why. Short point. See this now.',
    );
  });
  it('grades short plain sentences low and long dense ones high', () => {
    expect(readability('The cat sat. The dog ran. We went home.').grade).toBeLessThan(2);
    const dense =
      'Comprehensive multidisciplinary interventions necessitate individualized evaluation of psychological, physiological and socioeconomic circumstances affecting rehabilitation.';
    expect(readability(dense).grade).toBeGreaterThan(15);
  });
});

describe('English pages read at grade 8 or lower on average, none above grade 9', () => {
  const dirs = ['src/content/topics/en', 'src/content/pages/en'];
  const pages = dirs.flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => join(dir, f)),
  );
  const grades = pages.map((file) => ({ file, ...readability(mdxToProse(readFileSync(file, 'utf8'))) }));

  it('prints every page and the average', () => {
    for (const g of grades) console.log(`grade ${g.grade.toFixed(1).padStart(5)}  ${String(g.words).padStart(5)} words  ${g.file}`);
    const average = grades.reduce((sum, g) => sum + g.grade, 0) / grades.length;
    console.log(`average grade ${average.toFixed(2)} over ${grades.length} pages`);
    expect(grades.length).toBeGreaterThan(0);
    expect(average).toBeLessThanOrEqual(READABILITY_LIMITS.averageGrade);
  });

  it.each(grades.map((g) => [g.file, g.grade] as const))('%s is at or below grade 9', (_file, grade) => {
    expect(grade).toBeLessThanOrEqual(READABILITY_LIMITS.maxGrade);
  });
});
