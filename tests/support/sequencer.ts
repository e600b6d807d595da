import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that take far longer than their size suggests, relative to the
 * project root: the whole-site audit loads every page (a third of the suite's
 * work) from an 80-line file.
 */
const LONGEST = ['tests/site/whole-site.test.ts'];

/**
 * Vitest's order (longest first by the durations of an earlier run; larger
 * files first on a fresh clone, which has none), with {@link LONGEST} first
 * in its project. Started last, the audit would run alone at the end while
 * the other worker idles.
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const longest = (spec: TestSpecification) => LONGEST.some((file) => spec.moduleId.endsWith(`/${file}`));
    return [...sorted.filter(longest), ...sorted.filter((spec) => !longest(spec))];
  }
}
